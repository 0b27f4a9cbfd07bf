//! The structure tree as read back: each element's role, parent and kids, and the parent
//! tree that maps each page's marked-content ids back to their elements.

use super::read::{Pdf, Tok, entry, is_type, items, name, number, reference};

#[derive(Clone, Debug, PartialEq)]
pub enum Child {
    Node(usize),
    /// Page index and marked-content id.
    Mark(usize, i32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub role: String,
    pub parent: Option<usize>,
    pub kids: Vec<Child>,
}

/// The structure elements' objects in the order they were numbered.
fn element_ids(pdf: &Pdf) -> Vec<u32> {
    pdf.objects
        .iter()
        .filter(|(_, o)| is_type(o, "StructElem"))
        .map(|(n, _)| *n)
        .collect()
}

/// Every element, by its position among them; a parent of `None` is the tree's root.
pub fn elements(pdf: &Pdf) -> Vec<Element> {
    let ids = element_ids(pdf);
    let pages = pdf.pages();
    let root = pdf.struct_tree_root();
    assert_eq!(
        reference(entry(pdf.get(root), "K").unwrap()),
        ids[0],
        "the root's child is the document"
    );
    let index = |id: u32| ids.iter().position(|&e| e == id).unwrap();
    ids.iter()
        .map(|&id| {
            let object = pdf.get(id);
            let parent = reference(entry(object, "P").unwrap());
            let kids = items(entry(object, "K").unwrap())
                .into_iter()
                .map(|kid| match kid {
                    [Tok::DictOpen, ..] => {
                        assert!(is_type(kid, "MCR"));
                        let page = reference(entry(kid, "Pg").unwrap());
                        Child::Mark(
                            pages.iter().position(|&p| p == page).unwrap(),
                            number(entry(kid, "MCID").unwrap()) as i32,
                        )
                    }
                    _ => Child::Node(index(reference(kid))),
                })
                .collect();
            Element {
                role: name(entry(object, "S").unwrap()).to_owned(),
                parent: (parent != root).then(|| index(parent)),
                kids,
            }
        })
        .collect()
}

/// For each page (by its key in the parent tree), the element of each marked-content id.
pub fn parent_tree(pdf: &Pdf) -> Vec<Vec<usize>> {
    let ids = element_ids(pdf);
    let root = pdf.get(pdf.struct_tree_root());
    let nums = items(entry(entry(root, "ParentTree").unwrap(), "Nums").unwrap());
    assert_eq!(
        number(entry(root, "ParentTreeNextKey").unwrap()) as usize,
        nums.len() / 2
    );
    nums.chunks(2)
        .enumerate()
        .map(|(i, pair)| {
            assert_eq!(number(pair[0]) as usize, i);
            items(pdf.get(reference(pair[1])))
                .into_iter()
                .map(|r| ids.iter().position(|&e| e == reference(r)).unwrap())
                .collect()
        })
        .collect()
}
