import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage plus the client address,
/// which the write rate limit counts by.
public struct DossierContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
