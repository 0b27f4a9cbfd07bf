//! Approved claims for the finance system, as CSV and as XLSX. Amounts are given in whole
//! pence (exact) and in pounds; a last row totals them, and the totals equal the sum of the
//! rows because every row is already rounded to the penny.

use chrono_tz::Europe::London;
use rust_xlsxwriter::{Format, Workbook};

use crate::kit::dates::day;
use crate::kit::i18n::t;
use crate::kit::vocab::label;
use crate::meetings::ACTIVITIES;
use crate::payments::queries::Listed;
use crate::payments::{METHODS, reference};
use crate::people::escape_formula;

const HEAD: [&str; 10] = [
    "export-reference",
    "export-person",
    "export-method",
    "export-activity",
    "export-activity-on",
    "export-claimed-on",
    "export-approved-on",
    "export-fee-pence",
    "export-expenses-pence",
    "export-to-pay-pence",
];

/// The text columns of a claim, then its three amounts in pence.
fn row(l: &Listed) -> (Vec<String>, [i64; 3]) {
    let c = &l.claim;
    let local = |at: chrono::DateTime<chrono::Utc>| day(at.with_timezone(&London).date_naive());
    (
        vec![
            reference(c.id),
            l.person.clone(),
            label(METHODS, &c.method),
            format!("{} ({})", l.meeting, label(ACTIVITIES, &c.activity)),
            c.activity_on.to_string(),
            c.submitted_at
                .with_timezone(&London)
                .date_naive()
                .to_string(),
            c.decided_at.map(local).unwrap_or_default(),
        ],
        [c.fee_pence, c.expenses_pence, c.to_pay_pence],
    )
}

/// "12.50": pounds from pence, exactly, without floating point.
fn pounds_text(pence: i64) -> String {
    format!("{}.{:02}", pence / 100, pence % 100)
}

pub fn csv(claims: &[Listed]) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(vec![]);
    let mut head: Vec<String> = HEAD.iter().map(|k| t(k)).collect();
    head.push(t("export-to-pay-pounds"));
    w.write_record(&head).map_err(|e| e.to_string())?;
    let mut total = [0i64; 3];
    for l in claims {
        let (text, amounts) = row(l);
        let mut record: Vec<String> = text.iter().map(|s| escape_formula(s)).collect();
        record.extend(amounts.iter().map(i64::to_string));
        record.push(pounds_text(amounts[2]));
        for (sum, a) in total.iter_mut().zip(amounts) {
            *sum += a;
        }
        w.write_record(&record).map_err(|e| e.to_string())?;
    }
    let mut last = vec![t("export-total")];
    last.extend(std::iter::repeat_n(String::new(), 6));
    last.extend(total.iter().map(i64::to_string));
    last.push(pounds_text(total[2]));
    w.write_record(&last).map_err(|e| e.to_string())?;
    w.into_inner().map_err(|e| e.to_string())
}

pub fn xlsx(claims: &[Listed]) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .set_name(t("export-sheet"))
        .map_err(|e| e.to_string())?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("£#,##0.00");
    let e = |r: Result<&mut rust_xlsxwriter::Worksheet, rust_xlsxwriter::XlsxError>| {
        r.map(|_| ()).map_err(|e| e.to_string())
    };
    let mut head: Vec<String> = HEAD.iter().map(|k| t(k)).collect();
    head.push(t("export-to-pay-pounds"));
    for (c, h) in head.iter().enumerate() {
        e(sheet.write_string_with_format(0, c as u16, h, &bold))?;
    }
    let mut total = [0i64; 3];
    let mut r = 1u32;
    for l in claims {
        let (text, amounts) = row(l);
        for (c, cell) in text.iter().enumerate() {
            // Text stays text, never a formula, whatever it starts with.
            e(sheet.write_string(r, c as u16, cell))?;
        }
        for (i, a) in amounts.iter().enumerate() {
            e(sheet.write_number(r, (7 + i) as u16, *a as f64))?;
            total[i] += a;
        }
        e(sheet.write_number_with_format(r, 10, amounts[2] as f64 / 100.0, &money))?;
        r += 1;
    }
    e(sheet.write_string_with_format(r, 0, t("export-total"), &bold))?;
    for (i, a) in total.iter().enumerate() {
        e(sheet.write_number_with_format(r, (7 + i) as u16, *a as f64, &bold))?;
    }
    e(sheet.write_number_with_format(r, 10, total[2] as f64 / 100.0, &money))?;
    book.save_to_buffer().map_err(|e| e.to_string())
}
