"""Sample inputs written for the ingest tests: small, realistic, and each made for one behaviour."""
from __future__ import annotations

import io

BODY = ("The council voted on Tuesday to close the old bridge after engineers found deep cracks in its "
        "supports. Repairs are expected to take at least eight months, the mayor's office said. ")

HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Bridge closed after cracks found</title>"
    '<meta property="og:site_name" content="Valley Times">'
    '<meta property="article:published_time" content="2025-03-04T09:30:00Z"></head>'
    "<body><nav>Home | News | Sport</nav><article><p>" + BODY * 3 + "</p><p>" + BODY * 2 + "</p></article>"
    "<footer>Copyright Valley Times</footer></body></html>"
)

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Gazette</title><link>https://gazette.example/</link><description>News</description>
<item><title>Ferry strike ends after 12 days</title><link>https://gazette.example/ferry</link>
<guid>https://gazette.example/?p=101</guid><pubDate>Sat, 13 Dec 2025 10:00:00 GMT</pubDate>
<author>desk@gazette.example (Ana Ruiz)</author>
<description>Short summary of the ferry strike.</description>
<content:encoded><![CDATA[<p>PORTVALE – Ferry crews returned to work on Saturday.</p><p>The union said pay rose 4%.</p>]]></content:encoded>
</item>
<item><title>Harbour fees to rise</title><link>https://gazette.example/fees</link>
<pubDate>Fri, 12 Dec 2025 08:15:00 +0100</pubDate>
<description>&lt;p&gt;Fees for &lt;b&gt;cargo ships&lt;/b&gt; will rise in March.&lt;/p&gt;</description>
</item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Wire</title><id>urn:nw</id>
<updated>2025-07-01T00:00:00Z</updated>
<entry><title>Glacier retreat measured</title><id>urn:nw:1</id><link href="https://nw.example/glacier"/>
<updated>2025-07-01T06:00:00Z</updated><author><name>Liv Berg</name></author>
<content type="text">Scientists measured a retreat of 30 metres this year.</content></entry>
</feed>
"""

BROKEN_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken Wire</title>'
    "<item><title>Dock fire contained</title><link>https://bw.example/fire</link>"
    "<description>Firefighters contained a dock fire overnight.</description></item>"
    "<item><title>Second story</title><description>This entry is cut off & never"
)


def png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def warc_bytes(gzip: bool, pages: list[tuple[str, str]], extra: bool = True) -> bytes:
    """A WARC archive holding ``pages`` (url, html) as responses, plus a request, an image and a redirect."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, html in pages:
        if extra:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    if extra:
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/a.png", "response",
                                                      payload=io.BytesIO(png_bytes()), http_headers=image))
        moved = StatusAndHeaders("301 Moved", [("Location", "https://x.example/b")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/old", "response",
                                                      payload=io.BytesIO(b""), http_headers=moved))
    return buffer.getvalue()
