//! Writing an export out without holding it. CSV goes to the response a page at a time as
//! the pages are read. A spreadsheet is built row by row in rust_xlsxwriter's constant-memory
//! mode, whose rows wait in a temporary file rather than in memory, then sent from a
//! temporary file of our own. Both files are unlinked as soon as they are made, so nothing
//! is left behind whatever happens.

use std::io::{Seek, SeekFrom};
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::Body;
use tokio::io::AsyncReadExt;
use tokio::sync::mpsc;
use withus_db::OrgScope;

use super::export::{self, Layout};
use super::queries::{self, After};
use crate::kit::error::AppError;

/// Pieces of a body waiting to be sent: a slow download holds back the reading, so memory
/// stays at a few pages whatever the size of the file.
const PIECES_WAITING: usize = 4;
/// Bytes read from the finished spreadsheet at a time.
const FILE_PIECE: usize = 64 * 1024;

type Piece = Result<Vec<u8>, std::io::Error>;

/// A response body fed through a channel by a task of its own.
struct Pieces(mpsc::Receiver<Piece>);

impl futures_core::Stream for Pieces {
    type Item = Piece;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Piece>> {
        self.0.poll_recv(cx)
    }
}

/// The CSV, read and sent a page at a time. Its headers have gone before the first page is
/// read, so an error part-way is logged and then ends the body with an error: the download
/// fails rather than look complete.
pub fn csv(scope: OrgScope, layout: Layout) -> Body {
    let (pieces, received) = mpsc::channel(PIECES_WAITING);
    tokio::spawn(async move {
        if let Err(e) = send_csv(&scope, &layout, &pieces).await {
            tracing::error!(error = %e, "the register's CSV export stopped part-way");
            let _ = pieces.send(Err(std::io::Error::other(e))).await;
        }
    });
    Body::from_stream(Pieces(received))
}

async fn send_csv(
    scope: &OrgScope,
    layout: &Layout,
    pieces: &mpsc::Sender<Piece>,
) -> Result<(), String> {
    let mut rows = vec![layout.heading()];
    let mut after: Option<After> = None;
    loop {
        let page = queries::next_page(scope, after.as_ref())
            .await
            .map_err(|e| e.to_string())?;
        rows.extend(page.people.iter().map(|p| layout.row(p, &page.choices)));
        let bytes = export::to_csv(&rows)?;
        rows.clear();
        if pieces.send(Ok(bytes)).await.is_err() {
            // The download was abandoned; there is no one to send the rest to.
            return Ok(());
        }
        match page.next {
            Some(next) => after = Some(next),
            None => return Ok(()),
        }
    }
}

/// What the reader hands the spreadsheet's writer.
enum Step {
    Rows(Vec<Vec<String>>),
    /// Every page has been read: save the file.
    Save,
}

/// The spreadsheet and its length in bytes. It is finished before anything is sent, so a
/// failure is still an error page; only sending the finished file can fail part-way.
pub async fn xlsx(scope: &OrgScope, layout: &Layout) -> Result<(Body, u64), AppError> {
    let (steps, received) = mpsc::channel(2);
    let heading = layout.heading();
    // The workbook lives on a thread of its own: writing rows and zipping them block.
    let writer = tokio::task::spawn_blocking(move || write_xlsx(received, &heading));
    let read = read_pages(scope, layout, steps).await;
    let written = writer
        .await
        .map_err(|e| AppError::Internal(format!("the spreadsheet's writer stopped: {e}")))?;
    // A failed read also stops the writer, so the read's error is the one that says why.
    read?;
    let file = written.map_err(AppError::Internal)?;
    let length = file
        .metadata()
        .map_err(|e| AppError::Internal(e.to_string()))?
        .len();
    Ok((file_body(file), length))
}

/// Reads the register page by page into the writer; dropping `steps` without `Save` tells the
/// writer to give up.
async fn read_pages(
    scope: &OrgScope,
    layout: &Layout,
    steps: mpsc::Sender<Step>,
) -> Result<(), AppError> {
    let mut after: Option<After> = None;
    loop {
        let page = queries::next_page(scope, after.as_ref()).await?;
        let rows = page
            .people
            .iter()
            .map(|p| layout.row(p, &page.choices))
            .collect();
        if steps.send(Step::Rows(rows)).await.is_err() {
            // The writer stopped early; its own error says why.
            return Ok(());
        }
        match page.next {
            Some(next) => after = Some(next),
            None => {
                let _ = steps.send(Step::Save).await;
                return Ok(());
            }
        }
    }
}

/// Builds the workbook from the rows as they come, then saves it to a temporary file and
/// hands the file back, rewound.
fn write_xlsx(
    mut steps: mpsc::Receiver<Step>,
    heading: &[String],
) -> Result<std::fs::File, String> {
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet_with_constant_memory().map_err(e)?;
    for (c, cell) in heading.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, cell, &bold)
            .map_err(e)?;
    }
    let mut r = 0u32;
    loop {
        match steps.blocking_recv() {
            Some(Step::Rows(rows)) => {
                for row in rows {
                    r += 1;
                    for (c, cell) in row.iter().enumerate() {
                        // Written as text, never as a formula, whatever the cell starts with.
                        sheet.write_string(r, c as u16, cell).map_err(e)?;
                    }
                }
            }
            Some(Step::Save) => break,
            None => return Err("the export stopped before its last page".into()),
        }
    }
    let mut file = unlinked_file().map_err(|e| e.to_string())?;
    book.save_to_writer(&mut file).map_err(e)?;
    file.seek(SeekFrom::Start(0)).map_err(|e| e.to_string())?;
    Ok(file)
}

/// A new file in the temporary directory, already removed from it: it lasts while it is open.
fn unlinked_file() -> std::io::Result<std::fs::File> {
    let path = std::env::temp_dir().join(format!("withus-export-{}.xlsx", uuid::Uuid::new_v4()));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

/// Sends a finished file a piece at a time.
fn file_body(file: std::fs::File) -> Body {
    let (pieces, received) = mpsc::channel(PIECES_WAITING);
    tokio::spawn(async move {
        let mut file = tokio::fs::File::from_std(file);
        loop {
            let mut piece = vec![0; FILE_PIECE];
            match file.read(&mut piece).await {
                Ok(0) => return,
                Ok(n) => {
                    piece.truncate(n);
                    if pieces.send(Ok(piece)).await.is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    tracing::error!(error = %e, "sending the spreadsheet stopped part-way");
                    let _ = pieces.send(Err(e)).await;
                    return;
                }
            }
        }
    });
    Body::from_stream(Pieces(received))
}
