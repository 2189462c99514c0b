@testable import DossierClean
@testable import DossierText
import Testing

private func signals(_ names: String) -> ClassSignals { ClassSignals(lowercased: Array((names + " ").utf8)) }

@Suite("Class and id naming signals")
struct ClassSignalsTests {
    @Test("ad names count whole or as a leading or inner hyphenated part, never as the last part or in a word")
    func advertisementTokens() {
        for name in ["ad", "ads", "ad_slot", "main ad", "ad-wrapper", "top-ad-banner", "dfp"] {
            #expect(signals(name).strongName, "\(name)")
        }
        for name in ["section-and-ad", "loaded", "header-lead", "gradient"] {
            #expect(!signals(name).strongName, "\(name)")
        }
    }

    @Test("visibility names count only as whole tokens")
    func hiddenTokens() {
        #expect(signals("is-hidden").boilerplate)
        #expect(signals("foo hidden").boilerplate)
        #expect(!signals("hidden-xs").boilerplate)
        #expect(!signals("field-label-hidden").boilerplate)
    }

    @Test("strong furniture words anywhere; weak ones rescued by a content word")
    func families() {
        #expect(signals("social-share-bar").strongName)
        #expect(signals("site-header").boilerplate)
        #expect(!signals("site-header").strongName)
        #expect(!signals("article-header").boilerplate)
        #expect(signals("article-header").contentLike)
        #expect(signals("comment-list").discussion)
        #expect(signals("post-body").weight == 25)
        #expect(signals("sidebar").weight == -25)
        #expect(signals("entry-content sidebar").weight == 0)
    }
}
