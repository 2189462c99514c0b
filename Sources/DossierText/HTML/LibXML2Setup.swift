import CLibXML2

/// libxml2's process-wide set-up, done once before the first parse of any kind (HTML pages here,
/// feeds, OPML and sitemaps in DossierIngest): `xmlInitParser` is not safe to run from two threads
/// at once, and the parsers call it lazily otherwise, so every reader touches `ready` first.
package enum LibXML2Setup {
    package static let ready: Bool = {
        xmlInitParser()
        return true
    }()
}
