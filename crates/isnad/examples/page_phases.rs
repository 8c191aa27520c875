//! Time each phase of HTML page reading over a folder of `.html.gz` pages (5 passes):
//!     cargo run --release -p isnad --example page_phases -- ../shared/data/article-extraction-benchmark/html
use isnad::page::*;
use std::io::Read;
use std::time::Instant;
fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: page_phases DIR (of .html.gz pages)");
        return;
    };
    let dir = std::path::Path::new(&dir);
    let mut pages = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let Ok(e) = e else { continue };
        let Ok(raw) = std::fs::read(e.path()) else {
            continue;
        };
        let mut out = Vec::new();
        if flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .is_ok()
        {
            pages.push(out);
        }
    }
    let s = PageSettings::default();
    let mut t = [0f64; 6];
    let n = pages.len() * 5;
    for _ in 0..5 {
        for p in &pages {
            let a = Instant::now();
            let Ok(d) = charset::decode(p, true) else {
                continue;
            };
            let b = Instant::now();
            let (m, _) = prepare::prepare(&d.text, 512, 1 << 21);
            let c = Instant::now();
            let tree = html::parse(&m);
            let dd = Instant::now();
            let meta = metadata::read(&tree, &s.limits, &s.dates);
            let e = Instant::now();
            let bl = html::blocks(&tree, 256);
            let f = Instant::now();
            let ex = extract::extract(&tree, &bl, meta.title.as_deref(), &s.extract);
            let g = Instant::now();
            std::hint::black_box(&ex);
            for (i, (x, y)) in [(a, b), (b, c), (c, dd), (dd, e), (e, f), (f, g)]
                .iter()
                .enumerate()
            {
                t[i] += (*y - *x).as_secs_f64();
            }
        }
    }
    println!(
        "{n} page reads, seconds: decode {:.3} prepare {:.3} parse {:.3} metadata {:.3} blocks {:.3} extract {:.3}",
        t[0], t[1], t[2], t[3], t[4], t[5]
    );
}
