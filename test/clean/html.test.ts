/** HTML: main content, titles, captions, entities and hostile markup. */
import { describe, it, expect } from "vitest";
import { cleanInput, looksLikeHtml } from "../../src/clean/index.js";
import { extractHtml, isChromeName, stripSiteName } from "../../src/clean/html.js";

const P1 = "Sáng ngày 15/11/2023, tại Hội trường UBND phường Tân An, Ủy ban MTTQ phường tổ chức hội nghị tổng kết công tác năm 2023.";
const P2 = "Dự hội nghị có đồng chí Nguyễn Văn An – Phó Bí thư Thường trực Đảng ủy phường cùng 120 đại biểu.";
const texts = (html: string) => cleanInput(html).blocks.map((b) => b.text);

describe("detection", () => {
  it.each([
    ["<!DOCTYPE html><html><body>x</body></html>", true],
    ["<html lang='vi'>", true],
    ["<p>Một</p><p>Hai</p>", true],
    ["<div class='a'>Một<br>Hai</div>", true],
    ["Văn bản thường, không có thẻ.", false],
  ])("%j → %s", (s, want) => expect(looksLikeHtml(s)).toBe(want));
  it("the html option forces either way", () => {
    expect(cleanInput("<p>Một</p>", { html: false }).format).toBe("text");
    expect(cleanInput("Một dòng", { html: true }).format).toBe("html");
  });
});

describe("main content", () => {
  const page = `<!DOCTYPE html><html><head><title>Tin A - Cổng thông tin điện tử phường Tân An</title>
    <meta name="description" content="Mô tả trùng lặp về hội nghị tổng kết.">
    <style>.x{color:red}</style><script>var s = "</div><p>không phải nội dung</p>";</script></head>
    <body><div id="header"><a href="/">Logo phường</a></div>
    <nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
    <div class="breadcrumb"><a href="/">Trang chủ</a> &gt; Tin tức</div>
    <div class="main"><div class="news-detail"><h1>Ủy ban MTTQ phường Tân An tổng kết năm 2023</h1>
    <div class="date">Ngày đăng 16/11/2023 | 09:12</div>
    <p>${P1}</p><p>${P2}</p>
    <figure><img src="/a/z4891236500117_3fa2c6d81be04e.jpg" alt="z4891236500117_3fa2c6d81be04e"><figcaption>Toàn cảnh hội nghị</figcaption></figure>
    <div class="share">Chia sẻ: <a href="#">Facebook</a></div></div>
    <div class="sidebar"><h3>Tin khác</h3><ul><li><a href="/1">Phường tổ chức ngày hội (14/11/2023)</a></li></ul></div></div>
    <footer><p>Thống kê truy cập – Đang online: 18</p><p>Bản quyền © UBND phường</p></footer></body></html>`;
  const r = cleanInput(page);
  it("keeps the article's paragraphs and caption, in order", () => {
    expect(r.blocks).toEqual([
      { text: P1, kind: "paragraph" },
      { text: P2, kind: "paragraph" },
      { text: "Toàn cảnh hội nghị", kind: "caption" },
    ]);
  });
  it("reads the h1 as the title and the posting line", () => {
    expect(r.title).toBe("Ủy ban MTTQ phường Tân An tổng kết năm 2023");
    expect(r.postingLines).toEqual(["Ngày đăng 16/11/2023 | 09:12"]);
  });
  it("never reads scripts, alt text, meta description or chrome", () => {
    const all = r.blocks.map((b) => b.text).join("\n");
    for (const bad of ["không phải nội dung", "z4891236500117", "Mô tả trùng lặp", "Logo", "Trang chủ", "Tin khác", "ngày hội", "Đang online", "Bản quyền", "Facebook", "color:red"]) {
      expect(all).not.toContain(bad);
    }
  });
});

describe("titles", () => {
  it.each([
    ["<html><head><title>Tin A | Báo Đắk Lắk điện tử</title></head><body><p>x</p></body></html>", "Tin A"],
    ["<html><head><meta property='og:title' content='Hội nghị tổng kết năm 2023 - Báo Nhân Dân'></head><body><p>x</p></body></html>", "Hội nghị tổng kết năm 2023"],
    ["<html><body><div class='detail'><h2 class='news-title'>Xã B ra quân làm đường</h2><p>x</p></div></body></html>", "Xã B ra quân làm đường"],
    ["<html><body><header><h1 class='logo'>Báo điện tử tỉnh</h1></header><article><h1>Phường C kỷ niệm ngày thành lập</h1><p>x</p></article></body></html>", "Phường C kỷ niệm ngày thành lập"],
    ["<html><body><p>Không có tiêu đề nào ở đây cả.</p></body></html>", null],
  ])("%#", (html, want) => expect(cleanInput(html).title).toBe(want));
  it.each([
    ["Hội CCB phường Tân An kỷ niệm 35 năm | Báo Đắk Lắk điện tử", "Hội CCB phường Tân An kỷ niệm 35 năm"],
    ["Tin A - Cổng thông tin điện tử phường Đông Vệ", "Tin A"],
    ["Phường hoàn thành 15/15 chỉ tiêu kinh tế - xã hội năm 2023", "Phường hoàn thành 15/15 chỉ tiêu kinh tế - xã hội năm 2023"],
  ])("stripSiteName(%j)", (t, want) => expect(stripSiteName(t)).toBe(want));
});

describe("markup details", () => {
  it("decodes entities, named and numeric", () => {
    expect(texts("<p>H&#7897;i ngh&#7883; &amp; &ndash; &gt; ok&nbsp;x</p><p>y</p>")[0]).toBe("Hội nghị & – > ok\u00a0x");
  });
  it("<br> breaks lines; a sentence broken by <br> is joined", () => {
    expect(texts("<div><p>Sáng<br>ngày 15/11/2023, xã tổ chức hội nghị tổng kết công tác năm.</p><p>Dự hội nghị có:<br>- Ông A;<br>- Bà B.</p></div>")).toEqual([
      "Sáng ngày 15/11/2023, xã tổ chức hội nghị tổng kết công tác năm.",
      "Dự hội nghị có:\n- Ông A;\n- Bà B.",
    ]);
  });
  it("caption-named elements are captions, and their credits go", () => {
    const r = cleanInput(`<div class="content"><p>${P1}</p><p class="image-caption">Đại biểu dự hội nghị. Ảnh: H.T</p><p>${P2}</p></div>`);
    expect(r.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", P1],
      ["caption", "Đại biểu dự hội nghị."],
      ["paragraph", P2],
    ]);
  });
  it("a script containing </div> does not leak", () => {
    const html = `<div class="content"><script>document.write("</div><p>rò rỉ</p>")</script><p>${P1}</p></div><p>${P2}</p>`;
    expect(texts(html).join(" ")).not.toContain("rò rỉ");
  });
  it("hidden elements are skipped", () => {
    expect(texts(`<div><p style="display:none">ẩn đi</p><p hidden>ẩn nữa</p><p>${P1}</p></div>`)).toEqual([P1]);
  });
  it("names: chrome words lose to content words only when weak", () => {
    expect(isChromeName("box-tin-khac")).toBe(true);
    expect(isChromeName("related-news")).toBe(true);
    expect(isChromeName("article-header")).toBe(false);
    expect(isChromeName("news-detail")).toBe(false);
    expect(isChromeName("col-md-8 hidden-xs")).toBe(false);
  });
});

describe("hostile markup", () => {
  it("10,000 levels of nesting neither overflow the stack nor lose the text", () => {
    const html = "<div>".repeat(10_000) + `<p>${P1}</p>` + "</div>".repeat(10_000);
    expect(texts(html)).toEqual([P1]);
  });
  it("10,000 unclosed levels and a truncated tag", () => {
    const html = "<html><body>" + "<div><span>".repeat(10_000) + P1 + "<p class=";
    expect(texts(html)).toEqual([P1]);
  });
  it("broken and mis-nested markup", () => {
    expect(texts(`<html><body><div><p>${P1}<div>${P2}</p></span></b></div></i>`)).toEqual([P1, P2]);
  });
  it("entity-only input", () => {
    expect(() => cleanInput("&amp;&nbsp;&#xFFFF;&#99999999;&bogus;", { html: true })).not.toThrow();
    expect(cleanInput("&amp;&nbsp;&#xFFFF;&#99999999;&bogus;", { html: true }).title).toBeNull();
  });
  it("empty and whitespace input", () => {
    expect(cleanInput("", { html: true }).blocks).toEqual([]);
    expect(cleanInput("   \n  ").blocks).toEqual([]);
  });
  it("extractHtml keeps only what sits in the chosen container", () => {
    const x = extractHtml(`<body><div class="menu"><a>Trang chủ</a></div><div class="content"><p>${P1}</p><p>${P2}</p></div><div><p>Liên hệ: 0123 456 789</p></div></body>`);
    expect(x.units.map((u) => u.raw)).toEqual([P1, P2]);
  });
});

describe("captions next to images", () => {
  it("an italic or centred short block right after an image is its caption", () => {
    const html = `<div class="content"><p>${P1}</p><p><img src="a.jpg"></p><p><em>Đồng chí Nguyễn Văn An phát biểu tại hội nghị.</em></p><p>${P2}</p>
      <p style="text-align:center"><img src="b.jpg"><br>Các đại biểu tham quan mô hình.</p></div>`;
    expect(cleanInput(html).blocks.map((b) => b.kind)).toEqual(["paragraph", "caption", "paragraph", "caption"]);
  });
  it("an italic sentence without an image before it stays a paragraph", () => {
    const html = `<div class="content"><p>${P1}</p><p><em>Hội nghị đã thông qua nghị quyết với sự nhất trí cao của các đại biểu dự họp.</em></p></div>`;
    expect(cleanInput(html).blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });
  it("a long lede in a heading element is a paragraph", () => {
    const html = `<article><h1>Xã A tổng kết năm 2023</h1><h2 class="sapo">${P1}</h2><p>${P2}</p></article>`;
    expect(cleanInput(html).blocks).toEqual([{ text: P1, kind: "paragraph" }, { text: P2, kind: "paragraph" }]);
  });
});

describe("related lists", () => {
  it("dates below a related-news heading are not posting lines (plain text)", () => {
    const r = cleanInput("Sáng ngày 15/11/2023, tại Hội trường UBND phường Tân An, Ủy ban MTTQ phường tổ chức hội nghị tổng kết.\nTin liên quan\n14/11/2023\nPhường tổ chức ngày hội");
    expect(r.postingLines).toEqual([]);
  });
  it("a posting line after the ./. terminator is kept", () => {
    const r = cleanInput("Sáng ngày 15/11/2023, tại Hội trường UBND phường Tân An, Ủy ban MTTQ phường tổ chức hội nghị tổng kết ./.\nNgày đăng: 16/11/2023");
    expect(r.postingLines).toEqual(["Ngày đăng: 16/11/2023"]);
    expect(r.blocks.map((b) => b.text)).toEqual(["Sáng ngày 15/11/2023, tại Hội trường UBND phường Tân An, Ủy ban MTTQ phường tổ chức hội nghị tổng kết."]);
  });
});

describe("hostile nesting beyond the parser's comfort", () => {
  it("200,000 unclosed divs are read as lines, quickly", async () => {
    const { unclosedEstimate } = await import("../../src/clean/index.js");
    const html = "<div>".repeat(200_000) + `<p>${P1}</p>`;
    expect(unclosedEstimate(html)).toBe(199_999); // the <p> auto-closes and does not count; its </p> does
    const t0 = performance.now();
    const r = cleanInput(html);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.format).toBe("html");
    expect(r.blocks.map((b) => b.text)).toEqual([P1]);
  });
});

describe("portal and newspaper layouts", () => {
  const portal = `<html><head><title>UBND xã Hòa Bình tổ chức hội nghị - Cổng TTĐT xã Hòa Bình</title></head>
<body><form id="form1" method="post" action="./default.aspx"><input type="hidden" name="__VIEWSTATE" value="abc">
<table width="100%"><tr><td class="banner"><img src="banner.jpg"></td></tr>
<tr><td width="20%" class="leftmenu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li></ul></td>
<td width="60%"><div class="ArticleDetail"><span class="ArticleTitle">UBND xã Hòa Bình tổ chức hội nghị tổng kết năm 2023</span><br>
<span class="ArticleDate">Cập nhật lúc 10:15 ngày 25/12/2023</span><br>
<div class="ArticleContent"><p><strong>Chiều 24/12, UBND xã Hòa Bình tổ chức hội nghị tổng kết công tác năm 2023.</strong></p>
<p style="text-align: justify;">Dự hội nghị có ông Phạm Văn Hùng – Bí thư Đảng ủy xã; bà Nguyễn Thị Mai – Chủ tịch UBND xã cùng các đại biểu.</p>
<table class="image center"><tbody><tr><td><img src="/Upload/IMG_2034.JPG" alt="IMG_2034"></td></tr><tr><td class="image_desc">Bà Nguyễn Thị Mai phát biểu tại hội nghị.</td></tr></tbody></table>
<p>Năm 2023, xã đạt 15/15 chỉ tiêu; thu ngân sách đạt 120% dự toán.</p>
<p style="text-align:right"><strong>Tin, ảnh: Văn Hòa</strong></p></div>
<div class="ArticleOther"><b>Các tin khác</b><ul><li><a href="/1">Xã Hòa Bình ra quân (20/12/2023)</a></li></ul></div>
</div></td><td class="right">Thống kê truy cập<br>Online: 12<br>Tổng: 45.678</td></tr></table></form></body></html>`;
  it("an ASP.NET portal: the whole page in a <form>, a table layout, a span headline that agrees with <title>", () => {
    const r = cleanInput(portal);
    expect(r.title).toBe("UBND xã Hòa Bình tổ chức hội nghị tổng kết năm 2023");
    expect(r.postingLines).toEqual(["Cập nhật lúc 10:15 ngày 25/12/2023"]);
    expect(r.blocks.map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ["paragraph", "Chiều 24/12, UBND xã"],
      ["paragraph", "Dự hội nghị có ông P"],
      ["caption", "Bà Nguyễn Thị Mai ph"],
      ["paragraph", "Năm 2023, xã đạt 15/"],
    ]);
  });
  const paper = `<!DOCTYPE html><html><head><meta property="og:title" content="Phường Kim Liên ra mắt mô hình dân vận khéo"><title>Phường Kim Liên ra mắt mô hình dân vận khéo - Báo Hà Nội Mới</title></head>
<body><div class="top-header"><a class="logo" href="/">HNM</a><div class="weather">Hà Nội 28°C</div></div>
<div class="container"><div class="col-left"><article class="fck_detail"><h1 class="title-detail">Phường Kim Liên ra mắt mô hình dân vận khéo</h1>
<span class="date">Thứ Tư, 08/04/2015, 08:11 [GMT+7]</span>
<p class="description">(HNMO) - Sáng 7-4, UBND phường Kim Liên (quận Đống Đa) tổ chức ra mắt mô hình “Dân vận khéo” trong xây dựng khu dân cư văn minh.</p>
<p class="Normal">Phó Chủ tịch UBND phường Kim Liên Trương Minh Quang nhấn mạnh, mô hình nhằm phát huy vai trò của nhân dân trong giữ gìn trật tự đô thị.</p>
<table class="tplCaption"><tr><td><img src="x.jpg" alt="Lễ ra mắt"></td></tr><tr><td><p class="Image">Các đại biểu dự lễ ra mắt mô hình.</p></td></tr></table>
<p class="Normal">Dịp này, UBND phường tặng giấy khen cho 5 tập thể và 10 cá nhân có thành tích xuất sắc.</p>
<p class="author_mail"><strong>Minh Anh</strong></p>
<div class="box-tinlienquan"><h3 class="box-title">Tin liên quan</h3><ul><li><a>Quận Đống Đa ra quân (06/04/2015)</a></li></ul></div>
</article></div><div class="col-right sidebar"><div class="box-most-view"><h3>Đọc nhiều</h3><p>Tin 1 rất dài về một sự kiện khác diễn ra tại Hà Nội trong tuần qua.</p></div></div></div>
<footer>© Báo Hà Nội Mới</footer></body></html>`;
  it("a newspaper: sapo with a tag, caption table, author, related box and sidebar", () => {
    const r = cleanInput(paper);
    expect(r.title).toBe("Phường Kim Liên ra mắt mô hình dân vận khéo");
    expect(r.postingLines[0]).toBe("Thứ Tư, 08/04/2015, 08:11 [GMT+7]");
    expect(r.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "caption", "paragraph"]);
    expect(r.blocks[0]!.text.startsWith("Sáng 7-4, UBND phường Kim Liên")).toBe(true);
    const all = r.blocks.map((b) => b.text).join(" ");
    for (const bad of ["Minh Anh", "Tin liên quan", "Đống Đa ra quân", "Đọc nhiều", "28°C", "HNM"]) expect(all).not.toContain(bad);
  });
  it("an h1 that is the site name is not the headline", () => {
    const html = `<html><head><title>Xã A tổ chức lễ ra quân - Trang thông tin điện tử xã A</title></head><body><div id="top"><h1>Trang thông tin điện tử xã A</h1></div><div class="content"><h2>Xã A tổ chức lễ ra quân</h2><p>${P1}</p></div></body></html>`;
    expect(cleanInput(html).title).toBe("Xã A tổ chức lễ ra quân");
  });
});

describe("linear time on hostile markup", () => {
  it.each([
    ["unclosed scripts after deep nesting", "<div>".repeat(60_000) + "<script>x".repeat(100_000)],
    ["a title of separators", `<html><head><title>${"- | ".repeat(50_000)}</title></head><body><p>x</p></body></html>`],
    ["many caption credits", `<div class="caption">${"Ảnh: ".repeat(100_000)}</div>`],
    ["spaces before a terminator", `<p>x${" ".repeat(200_000)}./.</p><p>y</p>`],
  ])("%s", (_name, html) => {
    const t0 = performance.now();
    expect(() => cleanInput(html, { html: true })).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
