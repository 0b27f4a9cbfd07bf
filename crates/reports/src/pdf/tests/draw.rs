//! What a page's content stream draws, found by following its operators: each run of text
//! with its font, size, position and marked-content tag, and each filled rectangle.

use super::read::{Tok, entry, name, number, tokens};

/// A run of text as a page shows it, with the marked content around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub tag: String,
    pub mcid: i32,
    pub font: String,
    pub size: f32,
    pub x: f32,
    pub y: f32,
    pub text: Vec<u8>,
}

/// A filled rectangle (x, y, width, height), its colour and the tag it is marked with.
#[derive(Clone, Debug, PartialEq)]
pub struct Fill {
    pub tag: String,
    pub rgb: Vec<f32>,
    pub rect: Vec<f32>,
}

fn numbers(operands: &[Tok]) -> Vec<f32> {
    operands
        .iter()
        .map(|t| number(std::slice::from_ref(t)))
        .collect()
}

pub fn draws(content: &[u8]) -> (Vec<Text>, Vec<Fill>) {
    let (mut texts, mut fills) = (Vec::new(), Vec::new());
    let mut operands: Vec<Tok> = Vec::new();
    let (mut tag, mut mcid) = (String::new(), -1);
    let (mut font, mut size, mut at) = (String::new(), 0.0, (0.0, 0.0));
    let mut rgb = Vec::new();
    let mut in_text = false;
    for tok in tokens(content) {
        let op = match tok {
            Tok::Word(op) => op,
            other => {
                operands.push(other);
                continue;
            }
        };
        match op.as_str() {
            "BDC" => {
                assert!(tag.is_empty(), "marked content is not nested");
                tag = name(&operands[..1]).to_owned();
                mcid = number(entry(&operands[1..], "MCID").unwrap()) as i32;
            }
            "BMC" => {
                assert!(tag.is_empty(), "marked content is not nested");
                tag = name(&operands).to_owned();
                mcid = -1;
            }
            "EMC" => tag.clear(),
            "BT" => in_text = true,
            "ET" => in_text = false,
            "Tf" => {
                font = name(&operands[..1]).to_owned();
                size = number(&operands[1..]);
            }
            "Td" => {
                let xy = numbers(&operands);
                at = (xy[0], xy[1]);
            }
            "Tj" => {
                assert!(in_text, "text only between BT and ET");
                let [Tok::Str(text)] = operands.as_slice() else {
                    panic!("Tj takes a string: {operands:?}");
                };
                texts.push(Text {
                    tag: tag.clone(),
                    mcid,
                    font: font.clone(),
                    size,
                    x: at.0,
                    y: at.1,
                    text: text.clone(),
                });
            }
            "rg" => rgb = numbers(&operands),
            "re" => fills.push(Fill {
                tag: tag.clone(),
                rgb: rgb.clone(),
                rect: numbers(&operands),
            }),
            "f" => {}
            other => panic!("an operator the writer does not use: {other}"),
        }
        operands.clear();
    }
    (texts, fills)
}
