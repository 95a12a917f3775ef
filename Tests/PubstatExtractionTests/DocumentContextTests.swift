import PubstatModel
import Testing
@testable import PubstatExtraction

/// The document's own context (sidecar, source URL, HTML markup) as the extractor's fallback.
@Suite struct DocumentContextTests {
    /// Names no province and no year: only the document context can give them.
    static let bare = "6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn tỉnh đạt 812,4 tỷ đồng, tăng 5% so với cùng kỳ.\n"

    func extract(_ text: String, fileName: String = "b.txt", context: DocumentContext = DocumentContext()) throws -> ExtractedBulletin {
        try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: fileName, context: context)
    }

    @Test func sidecarJurisdictionAndDateResolveWhatTheTextLeavesOpen() throws {
        let context = DocumentContext(published: CalendarDate(year: 2024, month: 7, day: 5), jurisdiction: Jurisdiction(.province, "Sơn La"))
        let r = try extract(Self.bare, context: context)
        let f = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(f.jurisdiction == Jurisdiction(.province, "Sơn La"))
        #expect(f.period?.description == "2024-H1")
        #expect(r.subject == Jurisdiction(.province, "Sơn La"))
        #expect(r.published?.description == "2024-07-05")

        // without the sidecar the text names neither place nor year: the figure is held back, not guessed
        let without = try extract(Self.bare)
        #expect(figures(without, "budget_revenue_on_territory").isEmpty)
        #expect(without.held.map(\.indicator.rawValue) == ["budget_revenue_on_territory"])
        #expect(without.published == nil)
    }

    @Test func theSourceURLsHostNamesThePortalsProvince() throws {
        let r = try extract(Self.bare, context: DocumentContext(sourceURL: "https://www.sonla.gov.vn/tin-tuc/bai-viet-1"))
        #expect(r.subject == Jurisdiction(.province, "Sơn La"))
        #expect(r.sourceURL == "https://www.sonla.gov.vn/tin-tuc/bai-viet-1")
        // a department's site under the province's domain
        let sub = try extract(Self.bare, context: DocumentContext(sourceURL: "http://sotc.laichau.gov.vn/a"))
        #expect(sub.subject == Jurisdiction(.province, "Lai Châu"))
    }

    @Test func sidecarJurisdictionWinsOverTheHostAndTheText() throws {
        let text = "Năm 2023, thu ngân sách nhà nước trên địa bàn tỉnh Yên Bái đạt 5.000 tỷ đồng. Tỉnh Yên Bái tiếp tục phát triển.\n"
        let context = DocumentContext(sourceURL: "https://sonla.gov.vn/x", jurisdiction: Jurisdiction(.province, "Lai Châu"))
        let r = try extract(text, context: context)
        #expect(r.subject == Jurisdiction(.province, "Lai Châu"))
        // the clause's own place still wins for its figure
        #expect(figures(r, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.province, "Yên Bái"))
        // the host wins over the text's subject
        let byHost = try extract(text, context: DocumentContext(sourceURL: "https://sonla.gov.vn/x"))
        #expect(byHost.subject == Jurisdiction(.province, "Sơn La"))
        #expect(try extract(text).subject == Jurisdiction(.province, "Yên Bái"))
    }

    @Test func sidecarDateWinsOverTheTextsDate() throws {
        let text = "Thứ Ba, 12/3/2024\n" + Self.bare
        #expect(try extract(text).published?.description == "2024-03-12")
        let r = try extract(text, context: DocumentContext(published: CalendarDate(year: 2024, month: 3, day: 14)))
        #expect(r.published?.description == "2024-03-14")
    }

    static let page = """
        <!doctype html><html><head>
        <title>Thu ngân sách quý I tăng khá | Cổng thông tin điện tử tỉnh Mẫu</title>
        <link rel="canonical" href="https://sonla.gov.vn/tin/thu-ngan-sach-quy-i">
        <meta property="og:url" content="https://other.example.vn/x">
        <meta property="article:published_time" content="2024-04-03T09:15:00+07:00">
        </head><body><div class="menu">Trang chủ | Tin tức</div>
        <p>Quý I, thu ngân sách nhà nước trên địa bàn tỉnh đạt 812,4 tỷ đồng.</p></body></html>
        """

    @Test func htmlMarkupGivesURLTitleAndDate() throws {
        let r = try extract(Self.page, fileName: "p.html")
        #expect(r.sourceURL == "https://sonla.gov.vn/tin/thu-ngan-sach-quy-i")
        #expect(r.title == "Thu ngân sách quý I tăng khá")
        #expect(r.published?.description == "2024-04-03")
        #expect(r.subject == Jurisdiction(.province, "Sơn La"))
        #expect(figures(r, "budget_revenue_on_territory").first?.period?.description == "2024-Q1")
        // the sidecar wins over the markup
        let sidecar = DocumentContext(sourceURL: "https://laichau.gov.vn/y", published: CalendarDate(year: 2024, month: 4, day: 9))
        let s = try extract(Self.page, fileName: "p.html", context: sidecar)
        #expect(s.sourceURL == "https://laichau.gov.vn/y")
        #expect(s.published?.description == "2024-04-09")
        #expect(s.subject == Jurisdiction(.province, "Lai Châu"))
    }

    @Test func htmlHeadlineAndOtherDateTags() {
        let meta = HTMLMeta(html: Array("""
            <html><head><meta name="DC.date" content="12/03/2024"><meta property="og:url" content="https://a.gov.vn/b">
            <title>Site</title></head><body><h1 class="t">Tiêu đề <b>bài</b> &amp; tin</h1></body></html>
            """.utf8))
        #expect(meta.published?.description == "2024-03-12")
        #expect(meta.url == "https://a.gov.vn/b")
        #expect(meta.headline == "Tiêu đề bài & tin")
        #expect(meta.title == "Site")
        #expect(DocumentSource.withoutSiteName("Tin A - Báo Mẫu Online") == "Tin A")
        // an <h1> that is the portal's logo gives way to the <title>
        let logo = try? BulletinExtractor().extract(bytes: Array("""
            <html><head><title>Du lịch tỉnh Mẫu khởi sắc - Cổng thông tin điện tử tỉnh Mẫu</title></head>
            <body><h1>Cổng thông tin điện tử tỉnh Mẫu</h1><p>Nội dung.</p></body></html>
            """.utf8), fileName: "logo.html")
        #expect(logo?.title == "Du lịch tỉnh Mẫu khởi sắc")
        #expect(DocumentSource.withoutSiteName("Kinh tế - xã hội tháng 3 - Cổng TTĐT tỉnh Mẫu") == "Kinh tế - xã hội tháng 3")
    }

    /// Found by fuzz-extract: a kept segment whose text also stands inside a dropped site name made the
    /// headline's range run backwards, and the extractor trapped.
    @Test func aTitleWhoseLastSegmentAlsoStandsInTheSiteNameKeepsItsHeadline() {
        #expect(DocumentSource.withoutSiteName("Portal X | Y | X") == "Y | X")
        #expect(DocumentSource.withoutSiteName("Báo Mẫu - Tin Mẫu - Mẫu") == "Tin Mẫu - Mẫu")
        let page = try? BulletinExtractor().extract(bytes: Array("<html><head><title>Portal X | Y | X</title></head><body><p>Nội dung.</p></body></html>".utf8),
                                                    fileName: "t.html")
        #expect(page?.title == "Y | X")
    }

    // MARK: places the source address spells

    @Test func aTextSpeakingOfHuyenUnderADistrictsAddressIsThatDistricts() throws {
        let text = "Năm 2023, phần lớn các chỉ tiêu kinh tế - xã hội của huyện đều đạt kế hoạch. "
            + "Thu ngân sách nhà nước trên địa bàn huyện ước đạt 98,5 tỷ đồng.\n"
        let context = DocumentContext(sourceURL: "https://baogialai.com.vn/chu-pah-hoan-thanh-cac-chi-tieu-nam-2023-post1.html")
        let revenue = try #require(extract(text, context: context).figures.first { $0.indicator == Indicator("budget_revenue_on_territory") })
        #expect(revenue.jurisdiction == Jurisdiction(.district, "Chư Păh"))
        // a text that names its district keeps it, whatever the address spells
        let named = try extract("Năm 2023, thu ngân sách nhà nước trên địa bàn huyện Ia Grai ước đạt 120 tỷ đồng.\n", context: context)
        #expect(named.figures.first?.jurisdiction == Jurisdiction(.district, "Ia Grai"))
    }

    @Test func theAddressSpellsTheStorysProvinceOnAnotherCitysNewspaper() throws {
        let text = "Cục Thống kê tỉnh Bình Dương thông tin về tình hình kinh tế của tỉnh. Năm 2023, tổng sản phẩm trên địa bàn (GRDP) "
            + "ước đạt 480.000 tỷ đồng, tăng 5,1% so với cùng kỳ; phóng viên TPHCM dự họp báo.\n"
        let context = DocumentContext(sourceURL: "https://www.sggp.org.vn/binh-duong-kinh-te-nam-2023-tang-truong-post1.html")
        let value = try #require(extract(text, context: context).figures.first { $0.indicator == Indicator("grdp_value") })
        #expect(value.jurisdiction == Jurisdiction(.province, "Bình Dương"))
    }
}

/// Titles and publication dates of plain-text pages with portal chrome around the article.
@Suite struct BulletinMetadataTests {
    @Test(arguments: [
        ("A- A A+ | Chia sẻ bài viết lên facebook Tăng tương phản Giảm tương phản\n\nTỉnh Mẫu vững bước vào năm mới 2025\n\nNội dung bài viết dài.",
         "Tỉnh Mẫu vững bước vào năm mới 2025"),
        ("Trang chủ Tin tức Kinh tế Thời sự\nĐường dây nóng: 0213 3876 543\nHội nghị tổng kết công tác năm của tỉnh Mẫu\nNội dung.",
         "Hội nghị tổng kết công tác năm của tỉnh Mẫu"),
        (" date 2024-05 Giá trị xuất khẩu của tỉnh Mẫu tăng mạnh trong quý đầu năm\n\nNội dung.",
         "Giá trị xuất khẩu của tỉnh Mẫu tăng mạnh trong quý đầu năm"),
        ("Hội nghị tháng 4:\nBàn giải pháp thúc đẩy tăng trưởng kinh tế của tỉnh Mẫu\nNội dung.",
         "Hội nghị tháng 4: Bàn giải pháp thúc đẩy tăng trưởng kinh tế của tỉnh Mẫu"),
        ("BỘ KẾ HOẠCH MẪU\nTRANG THÔNG TIN ĐIỆN TỬ MẪU\nThứ Hai, 06/05/2024\nBáo cáo tình hình kinh tế quý I của tỉnh Mẫu\nNội dung.",
         "Báo cáo tình hình kinh tế quý I của tỉnh Mẫu"),
        (" date 2024-07 Du lịch tỉnh Mẫu đón nhiều khách trong 6 tháng đầu năm  (ABC) - Tổng số lượt khách tăng mạnh so với cùng kỳ năm trước.",
         "Du lịch tỉnh Mẫu đón nhiều khách trong 6 tháng đầu năm"),
        ("Cổng thông tin điện tử tỉnh Mẫu\nTrang chủ | Tin tức\nKinh tế tỉnh Mẫu giữ đà tăng trưởng trong quý III\n07/10/2025\nNội dung.",
         "Kinh tế tỉnh Mẫu giữ đà tăng trưởng trong quý III"),
    ])
    func titleSkipsChrome(text: String, title: String) throws {
        #expect(try extract(text).title == title)
    }

    @Test func noHeadlineBeforeTheFirstParagraphMeansNoTitle() throws {
        let text = "Theo báo cáo của tỉnh Mẫu, trong 6 tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn đạt 812 tỷ đồng, tăng 5% so với cùng kỳ năm trước.\nẢnh minh họa về hoạt động du lịch của tỉnh Mẫu\n"
        #expect(try extract(text).title == nil)
        #expect(try extract("Du khách tham quan khu du lịch của tỉnh Mẫu.\nNội dung bài.").title == nil)
    }

    @Test(arguments: [
        ("Tin kinh tế\nNgày 12/03/2024\nNội dung bài viết về kinh tế của tỉnh Mẫu.", "2024-03-12"),
        ("Tin kinh tế\n12-03-2024 09:15\nNội dung.", "2024-03-12"),
        ("Cập nhật: Thứ 5, 09/08/2018 | 06:52 GMT+7\nTin kinh tế", "2018-08-09"),
        ("Tin kinh tế\nNgày đăng: 03/01/2018, 09:24 am\nNội dung.", "2018-01-03"),
        ("Tin kinh tế\nNguyễn Văn A 07/12/2016 09:10\nNội dung.", "2016-12-07"),
        ("Tin kinh tế\n2023-01-27 17:34\nNội dung.", "2023-01-27"),
        ("Tin kinh tế\nCập nhật 12.03.2024\nNội dung.", "2024-03-12"),
        (" date 2025-10-08 Các khoản thu ngân sách của tỉnh Mẫu tăng khá so với cùng kỳ năm trước.", "2025-10-08"),
        // the portal's "today" in its header gives way to the article's timestamp below it
        ("TRANG TIN MẪU\nThứ Hai, 06/05/2024\nTin kinh tế của tỉnh Mẫu quý I\nThứ Năm, 18/04/2024 10:05\nNội dung.", "2024-04-18"),
        // but not a timestamp far below, in a list of other articles
        ("Thứ Hai, 06/05/2024\nTin kinh tế\n" + String(repeating: "Nội dung bài viết.\n", count: 20) + "Tin khác 18/04/2024 10:05\n", "2024-05-06"),
    ])
    func publicationDateShapes(text: String, iso: String) throws {
        #expect(try extract(text).published?.description == iso)
    }

    @Test func archiveMonthIsMonthPrecision() throws {
        let r = try extract(" date 2024-05 Tin kinh tế của tỉnh Mẫu\nNội dung.")
        #expect(r.published == nil)
        #expect(r.publishedMonth?.description == "2024-05")
        // a date inside a sentence is what it reports, not when it was published
        let s = try extract("Tin kinh tế\nNgày 12/03/2024, Ủy ban nhân dân tỉnh Mẫu tổ chức hội nghị tổng kết công tác năm với nhiều nội dung quan trọng.\n")
        #expect(s.published == nil)
    }
}
