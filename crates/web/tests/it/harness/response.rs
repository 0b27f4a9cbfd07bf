//! A response as a test reads it: status, headers and body, and the tables and text in it.

use axum::http::{StatusCode, header};

pub struct Response {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent, for files that are not text.
    pub raw: Vec<u8>,
}

impl Response {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    }

    /// The rows of each table's body in page order, each row's text whitespace folded.
    pub fn table_rows(&self) -> Vec<Vec<String>> {
        let html = scraper::Html::parse_document(&self.body);
        let (table, row) = (
            scraper::Selector::parse("table").expect("selector"),
            scraper::Selector::parse("tbody tr").expect("selector"),
        );
        html.select(&table)
            .map(|t| {
                t.select(&row)
                    .map(|r| r.text().collect::<Vec<_>>().join(" "))
                    .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
                    .collect()
            })
            .collect()
    }

    /// The text of the first element matching `selector`, whitespace folded.
    pub fn text_of(&self, selector: &str) -> String {
        let html = scraper::Html::parse_document(&self.body);
        let selector = scraper::Selector::parse(selector).expect("selector");
        html.select(&selector)
            .next()
            .map(|e| {
                e.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }
}
