/// The few parameters of the linking stage. Defaults were fitted on ECB+ (see docs/linking.md).
public struct LinkingConfiguration: Sendable, Equatable {
    // Copy detection (syndication and embedded wire text).
    /// Words per shingle: long enough that shared phrases of ordinary prose rarely collide.
    public var shingleWords = 5
    /// Keep one shingle in `sampleModulus` (Broder's MOD-m sketch): cost and memory fall with it,
    /// estimates get noisier on short texts.
    public var sampleModulus: UInt64 = 4
    /// Resemblance (Jaccard of sampled shingles) at which a later article is a copy of an earlier one.
    public var copyResemblance = 0.5
    /// Share of an earlier article's shingles found in a later one that makes the later one embed it.
    public var embedContainment = 0.7
    /// Fewest sampled shingles a text needs before containment is trusted (a headline embeds nothing).
    public var minCopySamples = 8
    /// Shingles seen in more articles than this are boilerplate and no longer indexed.
    public var maxPostings = 64
    /// An article embeds an earlier one (rather than copying it) when it holds all of it and is at
    /// least this many times its size: a quarter more text of its own.
    public var embedSizeRatio = 1.25

    // Story clustering.
    /// Score an article needs against a story to join it rather than open a new one.
    public var joinThreshold = 0.30
    /// A story's bar rises to this × its cohesion when that is higher (`StoryClusterer.bar`).
    /// Off at the event level, where the threshold is already high.
    public var cohesionFactor = 0.0
    /// Title words already count in the body vector; on ECB+ a separate title cosine added nothing.
    public var bodyWeight = 0.7
    public var nameWeight = 0.3
    public var titleWeight = 0.0
    /// Capitalised words inside a sentence (names, mostly) count this many times in the body vector.
    public var nameBoost: Float = 2.0
    /// Annotated entity names in the name vector, and annotated DATE years as the year clue. Both
    /// off: on ECB+ with the language stage's annotations they cost 0.005–0.015 BCubed F1 against
    /// capitalised words and years read straight from the text (docs/linking.md).
    public var entityNames = false
    public var dateYears = false
    /// Half-life, in days, of the document frequencies behind IDF: old news stops making a word common.
    public var vocabularyHalfLifeDays = 90.0
    /// Days within which a story (at this level, an event) stays fully open; beyond, the score
    /// decays with this half-life. ECB+ with synthetic dates scores 0.988 with 4/4 and 7/7 alike;
    /// 4 days keeps a storyline's weekly reports apart as events.
    public var storyWindowDays = 4.0
    public var storyHalfLifeDays = 4.0
    /// Measure that window from a cluster's first day rather than from its whole date range: on
    /// at the event level (a happening does not stretch with each later report), off for storylines.
    public var windowFromFirstDay = true
    /// Score factor for an undated article against a story whose articles name other years.
    public var otherYearFactor = 1.0
    /// ... and for one whose articles mostly name the same year.
    public var sameYearFactor = 1.35
    /// Terms an article contributes to the candidate index, and terms a story centroid keeps.
    public var indexTerms = 12
    public var maxCentroidTerms = 300
    /// Postings read per index term when gathering candidate stories (most recent first).
    public var maxCandidatesPerTerm = 64
    /// Candidate stories scored in full, those sharing the most index terms first.
    public var maxScoredCandidates = 24
    /// A story with no article for this many days closes (its time factor is then ~0.005).
    public var retireAfterDays = 60
    /// Copies are looked for among articles of the last this many days.
    public var copyWindowDays = 60
    /// Articles between two housekeeping sweeps (retiring stories, pruning postings).
    public var housekeepingInterval = 5000
    /// Stream only: stories held in memory at once (at each level); beyond it the least recently
    /// joined are spilled (`StoryClusterer.add(_:spilled:)`) and come back when an article shares
    /// their terms. nil holds every open story (a batch, whose sweeps need them all). A long
    /// stream of one day's news never retires anything by date, so without a bound its memory
    /// grows with every story it opens.
    public var maxLiveStories: Int? = nil
    /// Stream only: spilled stories scored for an article, those sharing the most index terms
    /// with it first. Fewer than `maxScoredCandidates`: each is read from the store and decoded.
    public var maxSpilledCandidates = 8
    /// Stream only: copies are looked for among at most this many latest articles as well as
    /// within `copyWindowDays` (a stream of one day fills the day window without end).
    public var copyWindowArticles: Int? = nil
    /// Second pass in `StoryLinker`: merge two stories whose centroids are at least this similar.
    public var mergeThreshold = 0.55
    /// Batch only: count the whole batch's vocabulary before clustering it.
    public var primeVocabulary = true
    /// Batch only: sweeps moving each article to the story it now fits best.
    public var refineSweeps = 1
    /// Batch only: articles whose clustering vectors the sweep keeps in memory (a few kB an
    /// article at each level); later ones go to a temporary file and are read back one at a
    /// time (`VectorShelf`), so a store of 200,000 articles does not hold a gigabyte of them.
    /// 1,000: the 10,000 held before were some 35 MB a level while both levels cluster at once
    /// (reading one back from the file costs a `pread`, little beside scoring it).
    public var vectorsHeldInMemory = 1_000
    /// Batch read in passes only: articles whose counted words are kept in memory between reading
    /// the store and clustering (`ClusteringInput`, several kB each as dictionaries, a few kB on
    /// file); later ones go to a temporary file and are read back as the clusterers reach them.
    public var inputsHeldInMemory = 1_000
    /// Batch only: stories whose details are built at once, one a thread, once the groups are
    /// known (each is built from its own articles alone). Two, for two cores; memory holds this
    /// many stories' articles (`StoryLinker.link(times:load:emit:)`).
    public var storiesAtOnce = 2
    /// Batch read in passes only: articles of the stories built at once, at most, unless one story
    /// alone holds more (it is then built on its own). The largest stories of a large store, built
    /// together, would set the peak memory (`StoryBuilds`).
    public var storyArticlesAtOnce = 12_000

    /// The clustering settings above are those of the event level (fitted on ECB+); a storyline
    /// runs for weeks and months and is clustered with these instead (see `storylineLevel`).
    public var storyline = StorylineParameters()

    // Cross-article details.
    /// Relative difference within which two figures agree.
    public var amountTolerance = 0.05
    /// Days between publications within which two figures about one thing are compared; nil
    /// compares across the whole story. Off by default: a conflict between the first count and
    /// a later one is often what a reader needs to see, even when the count really moved.
    public var claimWindowDays: Int? = nil
    /// Word resemblance at which two dated sentences report the same event.
    public var eventSimilarity = 0.3
    /// Days before its first report within which a dated sentence can date an event: a report
    /// says what happened yesterday or last week, not a background date from years before.
    public var eventLookbackDays = 14
    /// Days a report's own time may lag a figure stated for a day (a count given on Monday and
    /// reported on Wednesday is one count).
    public var claimReportLagDays = 3
    /// Figures neither of which states its day are one fact unless their reports are further apart
    /// than this (two reports of one damages claim a week apart are a conflict, not a change).
    public var claimUnstatedSameDays = 14
    /// Content words a headline needs, once site names are cut, to title a story.
    public var titleMinWords = 3
    /// How figures are compared and grouped into claims (`ClaimGrouper`).
    public var claims = ClaimParameters()
    /// One quote reported by several outlets (`QuoteMerger`): the share of the shorter quote's
    /// word trigrams the longer must hold to be the same statement, and the fewest words a quote
    /// needs to be merged at all (shorter ones, "no comment", match too much). Set on the sample
    /// corpus's shared quotes (Samples/README.md), not fitted on a dev set.
    public var quoteMergeOverlap = 0.8
    public var quoteMergeMinWords = 3

    public init() {}

    /// The same configuration with the storyline level's clustering settings in place of the
    /// event level's: what the second, coarser `StoryClusterer` runs with.
    public func storylineLevel() -> LinkingConfiguration {
        var c = self
        let p = storyline
        c.joinThreshold = p.joinThreshold
        c.cohesionFactor = p.cohesionFactor
        c.mergeThreshold = p.mergeThreshold
        c.bodyWeight = p.bodyWeight
        c.nameWeight = p.nameWeight
        c.storyWindowDays = p.windowDays
        c.storyHalfLifeDays = p.halfLifeDays
        c.windowFromFirstDay = false
        c.sameYearFactor = p.sameYearFactor
        c.retireAfterDays = p.retireAfterDays
        c.vocabularyHalfLifeDays = p.vocabularyHalfLifeDays
        return c
    }
}

/// Clustering settings of the storyline level: stories held together by their people, places,
/// organisations and subject vocabulary over weeks and months. Fitted on WikiRef220 (undated,
/// 16 long-running topics) and MEANTIME (dated, 4 topics over years), checked against ECB+
/// (where a storyline may hold several events); see docs/linking.md.
public struct StorylineParameters: Sendable, Equatable {
    /// A storyline's vocabulary is broader than an event's and its reports share fewer words: a
    /// lower bar and a wider merge. WikiRef220 BCubed F1 0.886 here; 0.10 gives 0.913 but merges
    /// more distinct ECB+ topics (precision against topics 0.941 instead of 0.976).
    public var joinThreshold = 0.12
    public var mergeThreshold = 0.30
    /// A tight young story asks more of a newcomer than a broad storyline (`StoryClusterer.bar`).
    public var cohesionFactor = 0.2
    public var bodyWeight = 0.6
    public var nameWeight = 0.4
    /// A gap of weeks or months does not break a storyline: fully open for half a year around
    /// its dates, then halving every year. MEANTIME (topics running for years, an article every
    /// few months) scores 0.69 with 90/180 days, 0.984 with these.
    public var windowDays = 180.0
    public var halfLifeDays = 365.0
    /// Being of the same days or year counts for less than at the event level (1.35 merges
    /// more distinct ECB+ topics, for nothing on WikiRef220 or MEANTIME).
    public var sameYearFactor = 1.2
    /// A storyline with no article for two years closes (time factor then ~0.4 of its best:
    /// only a strong match could still join it).
    public var retireAfterDays = 730
    public var vocabularyHalfLifeDays = 180.0

    public init() {}
}

/// How `ClaimGrouper` tells figures about the same thing and whether they agree. There is no dev
/// set for claims: these were set by hand on the sample corpus's figure tables (Samples/README.md)
/// and the claim tests, and are kept loose where a wrong grouping costs more than a missed one.
public struct ClaimParameters: Sendable, Equatable {
    /// Figures more than this factor apart count different things ("$100 million" of oil against
    /// "$100 billion" of trade), however alike their sentences.
    public var maxScaleRatio = 10.0
    /// Sentences are about the same subject when their content words (beyond the unit) have at
    /// least this Jaccard resemblance, or `sharedSubjectJaccard` with `sharedSubjectWords` in common.
    public var subjectJaccard = 0.3
    public var sharedSubjectJaccard = 0.15
    public var sharedSubjectWords = 2
    /// "nearly 100" allows values down to 100 × (1 − this × tolerance); "about 100" this much
    /// either side of 100 × (1 ± `approximateWidening` × tolerance).
    public var nearlyWidening = 4.0
    public var approximateWidening = 2.0

    public init() {}
}
