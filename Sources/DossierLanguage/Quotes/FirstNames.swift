/// Common given names whose bearers are mostly of one gender, so that "she said" skips a
/// nearer "Robert Hale". Unknown names constrain nothing.
enum FirstNames {
    static let male: Set<String> = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "walter", "ethan",
        "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin",
        "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie",
        "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
        "elijah", "louis", "bobby", "philip", "johnny", "bill", "bernie", "barack", "mitt", "ted", "mike", "jeb",
        "marco", "rand", "chris", "tim", "newt", "rudy", "reince", "tom", "jim", "bob", "dick", "hans", "karl",
        "pierre", "jean", "françois", "vladimir", "xi", "boris", "emmanuel", "angelo", "giuseppe", "carlos",
        "luis", "miguel", "pedro", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "ivan", "sergei",
        "dmitry", "igor", "lars", "olaf", "sven", "erik", "jan", "piet", "oskar", "tony", "nick", "dan", "ben",
        "sam", "jeff", "greg", "steve", "ken", "ed", "al", "fred", "harry", "martin", "neil", "ian", "simon",
        "graham", "nigel", "gordon", "rupert", "hugh", "colin", "barry", "trevor", "kurt", "franz", "heinz",
    ]

    static let female: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
        "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
        "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
        "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
        "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
        "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
        "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "chelsea",
        "nancy", "elizabeth", "kellyanne", "sarah", "ivanka", "melania", "michelle", "huma", "loretta", "condoleezza",
        "nikki", "carly", "claire", "kamala", "jill", "hope", "marine", "angela", "theresa", "margaret", "ursula",
        "christine", "ingrid", "anne", "sophie", "claudia", "elena", "sofia", "lucia", "carmen", "ana", "fatima",
        "aisha", "olga", "natalia", "irina", "svetlana", "greta", "astrid", "karin", "eva", "lena", "nina",
        "kate", "katie", "jane", "liz", "beth", "meg", "sue", "jo", "debbie", "kim", "tina", "lynn", "gina",
        "maxine", "elaine", "eleanor", "harriet", "louise", "lucy", "molly", "penny", "tracy", "wendy", "yvonne",
    ]
}
