/// A problem with one input, reported as one line and never fatal to the rest of the batch.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, `file:line` or URL at fault.
    public var input: String
    /// What went wrong and what was done about it, as one phrase ("article text of 5242880 bytes is over the
    /// 4194304-byte limit (--max-text-bytes); skipped").
    public var problem: String

    /// Memberwise.
    public init(input: String, problem: String) {
        self.input = input
        self.problem = problem
    }

    /// `input: problem`: the one line written to stderr for this input.
    public var description: String { "\(input): \(problem)" }
}
