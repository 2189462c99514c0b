import DossierModel

/// What the clustering of a batch read in passes keeps of each article between reading it and
/// adding it to the clusterers: its counted words (for each level, when they count otherwise) and
/// the earlier article it copies. A few kilobytes, where the article is tens; kept on a `Shelf`.
struct ClusteringInput: Shelved {
    var terms: ArticleTerms
    /// The storyline level's own count, when it counts otherwise than the event level.
    var storyTerms: ArticleTerms?
    var copy: CopyMatch?

    // Layout: the copy (relation byte, 0 for none; original Int64; resemblance and containment
    // as Float64 bits), whether storyTerms follow (a byte), then each count: day and year (Int64,
    // Int64.min for none), the sizes of body, names and title (UInt32), and each one's terms
    // (UInt64) and counts (Float) in the dictionary's own order (a dictionary read back holds the
    // same pairs; every reader of a count is indifferent to its order).
    func encode(into out: inout [UInt8]) {
        let relation: UInt8
        switch copy?.relation {
        case nil: relation = 0
        case .copy: relation = 1
        case .embeds: relation = 2
        }
        out.put(relation)
        out.put(Int64(copy?.original ?? 0))
        out.put((copy?.resemblance ?? 0).bitPattern)
        out.put((copy?.containment ?? 0).bitPattern)
        out.put(UInt8(storyTerms == nil ? 0 : 1))
        Self.encode(terms, into: &out)
        if let storyTerms { Self.encode(storyTerms, into: &out) }
    }

    static func decode(_ bytes: ShelfBytes) -> ClusteringInput? {
        guard let relation = bytes.take(UInt8.self), let original = bytes.take(Int64.self),
            let resemblance = bytes.take(UInt64.self), let containment = bytes.take(UInt64.self),
            let both = bytes.take(UInt8.self), let terms = decodeTerms(bytes)
        else { return nil }
        var copy: CopyMatch?
        if relation != 0 {
            copy = CopyMatch(
                original: Int(original), relation: relation == 2 ? .embeds : .copy,
                resemblance: Double(bitPattern: resemblance), containment: Double(bitPattern: containment))
        }
        var storyTerms: ArticleTerms?
        if both != 0 {
            guard let s = decodeTerms(bytes) else { return nil }
            storyTerms = s
        }
        return ClusteringInput(terms: terms, storyTerms: storyTerms, copy: copy)
    }

    private static func encode(_ t: ArticleTerms, into out: inout [UInt8]) {
        out.put(Int64(t.day ?? Int(Int64.min)))
        out.put(Int64(t.year ?? Int(Int64.min)))
        for d in [t.body, t.names, t.title] { out.put(UInt32(truncatingIfNeeded: d.count)) }
        for d in [t.body, t.names, t.title] {
            for k in d.keys { out.put(k) }
            for v in d.values { out.put(v) }
        }
    }

    private static func decodeTerms(_ bytes: ShelfBytes) -> ArticleTerms? {
        guard let day = bytes.optionalInt(), let year = bytes.optionalInt(), let nb = bytes.take(UInt32.self),
            let nn = bytes.take(UInt32.self), let nt = bytes.take(UInt32.self)
        else { return nil }
        var counts: [[UInt64: Float]] = []
        for n in [nb, nn, nt] {
            guard let keys = bytes.array(UInt64.self, Int(n)), let values = bytes.array(Float.self, Int(n)) else {
                return nil
            }
            var d: [UInt64: Float] = [:]
            d.reserveCapacity(keys.count)
            for (k, v) in zip(keys, values) { d[k] = v }
            counts.append(d)
        }
        return ArticleTerms(body: counts[0], names: counts[1], title: counts[2], year: year, day: day)
    }
}

/// The event clusterer's copy detection on its own: the same sketches, days and windows, so the
/// same matches, without the clusterer. Lets a batch find its copies while it is first read, and
/// then cluster the two levels at once, each told the copies (`StoryClusterer.add(_:knownCopy:)`).
struct CopyFinder {
    let configuration: LinkingConfiguration
    private var detector: CopyDetector
    private var added = 0
    /// The latest publication day seen: undated articles are taken to arrive "now".
    private var clock = 0

    init(configuration: LinkingConfiguration) {
        self.configuration = configuration
        detector = CopyDetector(configuration: configuration)
    }

    /// The next article in time order, as `StoryClusterer.add` finds its copy: the clock moved on,
    /// postings past the windows forgotten at each housekeeping, then the sketch looked up and added.
    mutating func add(sketch: [UInt64], day: Int?) -> CopyMatch? {
        let me = added
        added += 1
        if let day { clock = max(clock, day) }
        let now = day ?? clock
        let every = configuration.housekeepingInterval
        if every > 0 && me > 0 && me % every == 0 {
            detector.forgetPastWindows(clock: clock, added: added)
        }
        return detector.add(sketch: sketch, day: now)
    }
}

/// A record of the shelf could not be read back (the temporary file failed under the run).
struct ShelfUnreadable: Error, CustomStringConvertible {
    var record: Int
    var description: String { "clustering input \(record) could not be read back from its temporary file" }
}

extension StoryLinker {
    /// Both levels of a batch read in passes (`link(times:load:emit:)`), the store read once: the
    /// first pass reads each article, counts its words and sketches it on this thread while another
    /// counts the vocabulary, finds copies and shelves what clustering needs (`ClusteringInput`);
    /// the second adds the shelved articles to the event and storyline clusterers, one a thread
    /// (each level depends only on the articles and the copies, known by then), and groups each
    /// level (`groups(_:copyOf:)`). Returns the event groups, the story groups (arrival numbers)
    /// and each copy's original.
    func clusterOnce(
        order: [Int], times: [(id: String, published: Timestamp?)], batchSize step: Int,
        load: (_ ids: [String], _ details: Bool) throws -> [Article]
    ) throws -> (events: [[Int]], stories: [[Int]], copyOf: [Int: Int]) {
        let keep = configuration.refineSweeps > 0
        let box = FirstPass(
            events: StoryClusterer(configuration: configuration, keepVectors: keep),
            stories: StoryClusterer(configuration: configuration.storylineLevel(), keepVectors: keep),
            copies: CopyFinder(configuration: configuration),
            shelf: Shelf(heldLimit: configuration.inputsHeldInMemory))
        let prime = configuration.primeVocabulary
        let alike = box.events.countsTermsAlike(box.stories)
        let eventCounting = box.events.configuration, storyCounting = box.stories.configuration
        let sketcher = CopyDetector(configuration: configuration)
        var adding: Running<Bool>?
        for start in stride(from: 0, to: order.count, by: max(1, step)) {
            let ids = order[start..<min(start + max(1, step), order.count)].map { times[$0].id }
            let read = try load(ids, false).map { a -> (ClusteringInput, [UInt64], Timestamp?) in
                let terms = ArticleTerms.count(a, configuration: eventCounting)
                let own = alike ? nil : ArticleTerms.count(a, configuration: storyCounting)
                return (ClusteringInput(terms: terms, storyTerms: own), sketcher.sketch(a.text), a.published)
            }
            _ = adding?.wait()
            adding = Running {
                for (k, (input, sketch, published)) in read.enumerated() {
                    // The words an article adds to the vocabulary are its body's (title and text).
                    if prime {
                        let words = Set(input.terms.body.keys)
                        box.events.primeVocabulary(words, published: published)
                        box.stories.primeVocabulary(words, published: published)
                    }
                    var input = input
                    input.copy = box.copies.add(sketch: sketch, day: published?.dayNumber)
                    if let m = input.copy { box.copyOf[start + k] = m.original }
                    box.shelf.append(input)
                }
                return true
            }
        }
        _ = adding?.wait()
        // The first pass's batches were read on this thread and shelved on another: what they
        // freed stays in those threads' arenas, where the clusterers (one of them on a third
        // thread) would not reuse it, unless given back.
        FreedMemory.giveBack()
        let shelf = box.shelf
        // The two levels at once: the storyline level on its own thread, the event level here,
        // each reading the shelf for itself.
        let storyLevel = Level(box.stories), eventLevel = Level(box.events)
        box.events = StoryClusterer(configuration: configuration)
        box.stories = StoryClusterer(configuration: configuration)
        let article: @Sendable (Int) -> Article = { i in
            Article(id: times[order[i]].id, source: "", published: times[order[i]].published, text: "")
        }
        let count = order.count, copyOf = box.copyOf
        // Each level, once its articles are in, is grouped and let go on its own thread: whichever
        // finishes adding first sweeps while the other still adds.
        let level = { @Sendable (level: Level, storyLevel: Bool) -> Result<[[Int]], ShelfUnreadable> in
            for i in 0..<count {
                guard let input = shelf[i] else { return .failure(ShelfUnreadable(record: i)) }
                let terms = storyLevel ? input.storyTerms ?? input.terms : input.terms
                _ = level.clusterer.add(article(i), knownCopy: input.copy, terms: terms, spilled: { _ in [] })
            }
            let groups = self.groups(level.take(), copyOf: copyOf)
            // The level's memory, freed, goes back to the system at once: glibc keeps it in this
            // thread's arena, where the other level, still sweeping on its own thread, cannot use it.
            FreedMemory.giveBack()
            return .success(groups)
        }
        let storiesDone = Running(onOwnThread: true) { level(storyLevel, true) }
        let eventGroups = try level(eventLevel, false).get()
        guard let storyGroups = try storiesDone.wait()?.get() else { throw ShelfUnreadable(record: 0) }
        return (eventGroups, storyGroups, copyOf)
    }

    /// One level's clusterer while its articles are added on a thread of its own.
    final class Level: @unchecked Sendable {
        var clusterer: StoryClusterer
        init(_ clusterer: StoryClusterer) { self.clusterer = clusterer }

        /// The clusterer, moved out (an empty one is left, so no copy of its state is made).
        func take() -> StoryClusterer {
            let out = clusterer
            clusterer = StoryClusterer(configuration: clusterer.configuration)
            return out
        }
    }

    /// The first pass's state, handed from one batch's work to the next (`Running.wait`), so one
    /// thread uses it at a time.
    final class FirstPass: @unchecked Sendable {
        var events: StoryClusterer
        var stories: StoryClusterer
        var copies: CopyFinder
        let shelf: Shelf<ClusteringInput>
        var copyOf: [Int: Int] = [:]

        init(events: StoryClusterer, stories: StoryClusterer, copies: CopyFinder, shelf: Shelf<ClusteringInput>) {
            self.events = events
            self.stories = stories
            self.copies = copies
            self.shelf = shelf
        }
    }
}
