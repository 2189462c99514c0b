/// A problem with one input, reported as one line and never fatal to the rest of the batch.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, `file:line` or URL at fault.
    public var input: String
    public var problem: String

    public init(input: String, problem: String) {
        self.input = input
        self.problem = problem
    }

    public var description: String { "\(input): \(problem)" }
}
