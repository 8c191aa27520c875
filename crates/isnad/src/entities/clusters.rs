//! Word classes learnt from unlabelled news, the tagger's most valuable feature group.
//!
//! `isnad train clusters` runs the exchange algorithm ([`train_exchange`]) over the bare stems
//! of SaudiNewsNet and ANERcorp train (its dev tenth left out): every stem seen at least three
//! times (about 53,000) is put in one of 1,024 classes so as to maximise the likelihood of a
//! class bigram model, the criterion of Brown et al. (1992); the 1,024 classes are then
//! clustered into 256 and those into 32 by the same algorithm on the class bigram counts, so
//! every word carries three nested ids, like three prefix lengths of a Brown path. The table
//! ships as `data/entities/clusters.tsv`. The earlier stand-in, k-means over random projections
//! of context counts ([`train`], `--method kmeans`), scores about 0.045 lower on dev.

use rustc_hash::FxHashMap;

const CLUSTERS_TSV: &str = include_str!("../../../../data/entities/clusters.tsv");

/// Cluster ids at three granularities (coarse, medium, fine) per normalised bare stem.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: FxHashMap<Box<str>, [u16; 3]>,
}

impl Clusters {
    /// The table compiled into the binary.
    pub fn embedded() -> Self {
        Self::from_tsv(CLUSTERS_TSV)
    }

    /// No clusters (every word unknown).
    pub fn empty() -> Self {
        Clusters::default()
    }

    /// Parses `word<TAB>coarse<TAB>medium<TAB>fine` lines; `#` lines are comments.
    pub fn from_tsv(tsv: &str) -> Self {
        let mut map = FxHashMap::default();
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(w), Some(a), Some(b), Some(c)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            if let (Ok(a), Ok(b), Ok(c)) = (a.parse(), b.parse(), c.parse()) {
                map.insert(w.into(), [a, b, c]);
            }
        }
        Clusters { map }
    }

    pub fn get(&self, bare: &str) -> Option<[u16; 3]> {
        self.map.get(bare).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Settings of [`train`].
#[derive(Debug, Clone)]
pub struct ClusterSettings {
    /// Words clustered: the most frequent stems.
    pub vocabulary: usize,
    /// Context words: the most frequent stems whose neighbourhood counts are features.
    pub contexts: usize,
    /// Dimensions after random projection.
    pub dimensions: usize,
    /// Clusters at each granularity, coarse to fine.
    pub sizes: [usize; 3],
    pub iterations: usize,
    pub seed: u64,
}

impl Default for ClusterSettings {
    fn default() -> Self {
        ClusterSettings {
            vocabulary: 40_000,
            contexts: 600,
            dimensions: 48,
            sizes: [32, 256, 1024],
            iterations: 12,
            seed: 0x15AD,
        }
    }
}

/// Counts for clustering: stem frequencies and left/right neighbour counts, fed sentence by
/// sentence as sequences of stem ids.
#[derive(Default)]
pub struct ClusterCounts {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    freq: Vec<u64>,
    pairs: FxHashMap<(u32, u32), u32>,
}

impl ClusterCounts {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn id(&mut self, stem: &str) -> u32 {
        if let Some(&i) = self.ids.get(stem) {
            return i;
        }
        let i = self.words.len() as u32;
        self.ids.insert(stem.to_string(), i);
        self.words.push(stem.to_string());
        self.freq.push(0);
        i
    }

    /// Adds one run of stems (a sentence or a stretch between punctuation).
    pub fn add_run(&mut self, run: &[u32]) {
        for (k, &w) in run.iter().enumerate() {
            self.freq[w as usize] += 1;
            if k > 0 {
                *self.pairs.entry((run[k - 1], w)).or_insert(0) += 1;
            }
        }
    }
}

/// Clusters the counted stems; returns `clusters.tsv` text (deterministic for one input).
pub fn train(counts: &ClusterCounts, settings: &ClusterSettings, header: &str) -> String {
    let mut order: Vec<u32> = (0..counts.words.len() as u32).collect();
    order.sort_by(|&a, &b| {
        counts.freq[b as usize]
            .cmp(&counts.freq[a as usize])
            .then_with(|| counts.words[a as usize].cmp(&counts.words[b as usize]))
    });
    let vocab: Vec<u32> = order.iter().copied().take(settings.vocabulary).collect();
    let row_of: FxHashMap<u32, usize> = vocab.iter().enumerate().map(|(r, &w)| (w, r)).collect();
    let ctx_of: FxHashMap<u32, usize> = order
        .iter()
        .take(settings.contexts)
        .enumerate()
        .map(|(c, &w)| (w, c))
        .collect();
    let width = 2 * settings.contexts;
    // Sparse context counts per vocabulary row: right neighbours of a word are its
    // "right context", left neighbours its "left context".
    let mut rows: Vec<FxHashMap<usize, f32>> = vec![FxHashMap::default(); vocab.len()];
    let mut pairs: Vec<(&(u32, u32), &u32)> = counts.pairs.iter().collect();
    pairs.sort();
    for (&(a, b), &n) in pairs {
        if let (Some(&r), Some(&c)) = (row_of.get(&a), ctx_of.get(&b)) {
            *rows[r].entry(settings.contexts + c).or_insert(0.0) += n as f32;
        }
        if let (Some(&r), Some(&c)) = (row_of.get(&b), ctx_of.get(&a)) {
            *rows[r].entry(c).or_insert(0.0) += n as f32;
        }
    }
    // Fixed-seed Gaussian-ish random projection (sum of uniforms).
    let d = settings.dimensions;
    let mut rng = SplitMix(settings.seed);
    let proj: Vec<f32> = (0..width * d)
        .map(|_| (0..4).map(|_| rng.unit()).sum::<f32>() - 2.0)
        .collect();
    let mut points = vec![0f32; vocab.len() * d];
    for (r, row) in rows.iter().enumerate() {
        let norm: f32 = row.values().map(|v| v.sqrt().powi(2)).sum::<f32>().sqrt();
        if norm == 0.0 {
            continue;
        }
        let p = &mut points[r * d..(r + 1) * d];
        let mut entries: Vec<(&usize, &f32)> = row.iter().collect();
        entries.sort_by_key(|e| *e.0);
        for (&c, &v) in entries {
            let v = v.sqrt() / norm;
            for (k, x) in p.iter_mut().enumerate() {
                *x += v * proj[c * d + k];
            }
        }
        let n: f32 = p.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        p.iter_mut().for_each(|x| *x /= n);
    }
    let fine = kmeans(&points, d, settings.sizes[2], settings.iterations, &mut rng);
    let medium_of = kmeans(
        &fine.centroids,
        d,
        settings.sizes[1],
        settings.iterations,
        &mut rng,
    );
    let coarse_of = kmeans(
        &fine.centroids,
        d,
        settings.sizes[0],
        settings.iterations,
        &mut rng,
    );
    let mut out = String::from(header);
    for (r, &w) in vocab.iter().enumerate() {
        let f = fine.assignment[r];
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            counts.words[w as usize], coarse_of.assignment[f], medium_of.assignment[f], f
        ));
    }
    out
}

/// Settings of [`train_exchange`].
#[derive(Debug, Clone)]
pub struct ExchangeSettings {
    /// Items seen fewer times are pooled into one `<unk>` item.
    pub min_count: u64,
    /// At most this many items (the most frequent) are clustered.
    pub max_vocabulary: usize,
    /// Classes at each granularity, coarse to fine; each level clusters the classes of the
    /// next finer one, so the levels nest like prefixes of a Brown path.
    pub sizes: Vec<usize>,
    /// Passes over the words (the class levels above get the same number).
    pub iterations: usize,
    /// Offset of the round-robin start assignment of the words after the first `k`.
    pub seed: u64,
}

impl Default for ExchangeSettings {
    fn default() -> Self {
        ExchangeSettings {
            min_count: 3,
            max_vocabulary: 200_000,
            sizes: vec![32, 256, 1024],
            iterations: 12,
            seed: 0,
        }
    }
}

/// The pseudo-item that stands for every rare word in the bigram counts.
pub const UNK: &str = "<unk>";

/// Word classes by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
/// each word in turn moves to the class that most raises the likelihood of a two-sided class
/// bigram model, `Σ N(c,d) log N(c,d) − Σ N(c) log N(c)` over left and right class counts.
/// Unlike Brown's agglomeration it costs O(words × classes × neighbour classes) per pass,
/// minutes for 80,000 words and 1,024 classes, and it uses every bigram of the corpus. The
/// coarser levels run the same algorithm on the class bigram counts of the finer level.
/// Returns `clusters.tsv` text (deterministic: fixed order, no randomness, one thread).
pub fn train_exchange(
    counts: &ClusterCounts,
    settings: &ExchangeSettings,
    header: &str,
    mut progress: impl FnMut(&str),
) -> String {
    let mut order: Vec<u32> = (0..counts.words.len() as u32)
        .filter(|&w| {
            counts.freq[w as usize] >= settings.min_count && counts.words[w as usize] != UNK
        })
        .collect();
    order.sort_by(|&a, &b| {
        counts.freq[b as usize]
            .cmp(&counts.freq[a as usize])
            .then_with(|| counts.words[a as usize].cmp(&counts.words[b as usize]))
    });
    order.truncate(settings.max_vocabulary);
    // Item ids in frequency order; the last is <unk>.
    let unk = order.len() as u32;
    let mut item_of = vec![unk; counts.words.len()];
    for (i, &w) in order.iter().enumerate() {
        item_of[w as usize] = i as u32;
    }
    let mut pairs: FxHashMap<(u32, u32), u64> = FxHashMap::default();
    for (&(a, b), &n) in &counts.pairs {
        *pairs
            .entry((item_of[a as usize], item_of[b as usize]))
            .or_insert(0) += u64::from(n);
    }
    let graph = Graph::new(order.len() + 1, pairs);
    let mut sizes = settings.sizes.clone();
    sizes.sort_unstable();
    let fine_k = *sizes.last().unwrap_or(&1);
    progress(&format!("{} items, {} classes", graph.n, fine_k));
    let (fine, mut matrix) = exchange(&graph, fine_k, settings, &mut progress);
    // levels[l][item] = class at level l, fine first.
    let mut levels = vec![fine];
    let mut k = fine_k;
    for &coarse_k in sizes.iter().rev().skip(1) {
        let mut class_pairs = FxHashMap::default();
        for c in 0..k {
            for d in 0..k {
                let n = matrix[c * k + d];
                if n > 0 {
                    class_pairs.insert((c as u32, d as u32), u64::from(n));
                }
            }
        }
        let g = Graph::new(k, class_pairs);
        let (of_class, m) = exchange(&g, coarse_k, settings, &mut progress);
        let prev = levels.last().expect("the fine level is there");
        let next: Vec<u32> = prev.iter().map(|&c| of_class[c as usize]).collect();
        levels.push(next);
        matrix = m;
        k = coarse_k;
    }
    levels.reverse();
    let mut out = String::from(header);
    for (i, &w) in order.iter().enumerate() {
        out.push_str(&counts.words[w as usize]);
        for level in &levels {
            out.push('\t');
            out.push_str(&level[i].to_string());
        }
        out.push('\n');
    }
    out
}

/// Bigram counts between items as adjacency lists (self-pairs kept apart), items numbered by
/// falling frequency.
struct Graph {
    n: usize,
    right: Vec<Vec<(u32, u64)>>,
    left: Vec<Vec<(u32, u64)>>,
    selfs: Vec<u64>,
}

impl Graph {
    fn new(n: usize, pairs: FxHashMap<(u32, u32), u64>) -> Self {
        let mut sorted: Vec<((u32, u32), u64)> = pairs.into_iter().collect();
        sorted.sort_unstable();
        let mut right = vec![Vec::new(); n];
        let mut left = vec![Vec::new(); n];
        let mut selfs = vec![0; n];
        for ((a, b), c) in sorted {
            if a == b {
                selfs[a as usize] += c;
            } else {
                right[a as usize].push((b, c));
                left[b as usize].push((a, c));
            }
        }
        Graph {
            n,
            right,
            left,
            selfs,
        }
    }
}

/// `n ln n`, tabulated for the small counts that dominate.
struct XLogX(Vec<f64>);

impl XLogX {
    fn new() -> Self {
        XLogX(
            (0..1u32 << 18)
                .map(|n| {
                    if n == 0 {
                        0.0
                    } else {
                        f64::from(n) * f64::from(n).ln()
                    }
                })
                .collect(),
        )
    }
    #[inline]
    fn f(&self, n: u64) -> f64 {
        match self.0.get(n as usize) {
            Some(&v) => v,
            None => n as f64 * (n as f64).ln(),
        }
    }
}

/// Runs the exchange algorithm on `g` with `k` classes; returns each item's class and the final
/// class bigram matrix (`k × k`, row = left class).
fn exchange(
    g: &Graph,
    k: usize,
    settings: &ExchangeSettings,
    progress: &mut impl FnMut(&str),
) -> (Vec<u32>, Vec<u32>) {
    let k = k.min(g.n).max(1);
    let iterations = settings.iterations;
    let xl = XLogX::new();
    // The k most frequent items each begin alone; the rest are dealt round-robin in frequency
    // order (starting `seed` classes on), so every class starts with words of every frequency.
    let offset = settings.seed as usize;
    let class: Vec<u32> = (0..g.n)
        .map(|i| if i < k { i } else { (i + offset) % k } as u32)
        .collect();
    let mut class = class;
    let mut nm = vec![0u32; k * k];
    let mut nt = vec![0u32; k * k];
    let mut nl = vec![0u64; k];
    let mut nr = vec![0u64; k];
    for w in 0..g.n {
        let a = class[w] as usize;
        for &(x, c) in &g.right[w] {
            let d = class[x as usize] as usize;
            nm[a * k + d] += c as u32;
            nt[d * k + a] += c as u32;
            nl[a] += c;
            nr[d] += c;
        }
        let s = g.selfs[w];
        nm[a * k + a] += s as u32;
        nt[a * k + a] += s as u32;
        nl[a] += s;
        nr[a] += s;
    }
    let mut rc = vec![0u64; k];
    let mut lc = vec![0u64; k];
    let mut touched_r: Vec<usize> = Vec::new();
    let mut touched_l: Vec<usize> = Vec::new();
    let mut delta = vec![0f64; k];
    for pass in 0..iterations {
        let mut moves = 0usize;
        for w in 0..g.n {
            let a = class[w] as usize;
            for &(x, c) in &g.right[w] {
                let d = class[x as usize] as usize;
                if rc[d] == 0 {
                    touched_r.push(d);
                }
                rc[d] += c;
            }
            for &(x, c) in &g.left[w] {
                let d = class[x as usize] as usize;
                if lc[d] == 0 {
                    touched_l.push(d);
                }
                lc[d] += c;
            }
            let s = g.selfs[w];
            let out: u64 = touched_r.iter().map(|&d| rc[d]).sum::<u64>() + s;
            let inn: u64 = touched_l.iter().map(|&d| lc[d]).sum::<u64>() + s;
            let update = |b: usize, sign: bool, nm: &mut [u32], nt: &mut [u32]| {
                let apply = |v: &mut u32, by: u64| {
                    if sign {
                        *v += by as u32
                    } else {
                        *v -= by as u32
                    }
                };
                for &d in &touched_r {
                    apply(&mut nm[b * k + d], rc[d]);
                    apply(&mut nt[d * k + b], rc[d]);
                }
                for &c in &touched_l {
                    apply(&mut nm[c * k + b], lc[c]);
                    apply(&mut nt[b * k + c], lc[c]);
                }
                apply(&mut nm[b * k + b], s);
                apply(&mut nt[b * k + b], s);
            };
            update(a, false, &mut nm, &mut nt);
            nl[a] -= out;
            nr[a] -= inn;
            delta.iter_mut().for_each(|x| *x = 0.0);
            for &d in &touched_r {
                let r = rc[d];
                for (x, &v) in delta.iter_mut().zip(&nt[d * k..(d + 1) * k]) {
                    let v = u64::from(v);
                    *x += xl.f(v + r) - xl.f(v);
                }
            }
            for &c in &touched_l {
                let l = lc[c];
                for (x, &v) in delta.iter_mut().zip(&nm[c * k..(c + 1) * k]) {
                    let v = u64::from(v);
                    *x += xl.f(v + l) - xl.f(v);
                }
            }
            for (b, x) in delta.iter_mut().enumerate() {
                // The (b, b) cell took w's right and left neighbours in b separately above;
                // together, with w's self-pairs, they add to it at once.
                let v = u64::from(nm[b * k + b]);
                let (r, l) = (rc[b], lc[b]);
                *x += xl.f(v + r + l + s) - xl.f(v + r) - xl.f(v + l) + xl.f(v);
                *x -= xl.f(nl[b] + out) - xl.f(nl[b]) + xl.f(nr[b] + inn) - xl.f(nr[b]);
            }
            let mut best = a;
            for (b, &x) in delta.iter().enumerate() {
                if x > delta[best] + 1e-9 {
                    best = b;
                }
            }
            if best != a {
                moves += 1;
                class[w] = best as u32;
            }
            update(best, true, &mut nm, &mut nt);
            nl[best] += out;
            nr[best] += inn;
            for &d in &touched_r {
                rc[d] = 0;
            }
            for &c in &touched_l {
                lc[c] = 0;
            }
            touched_r.clear();
            touched_l.clear();
        }
        progress(&format!("k={k} pass {}: {moves} moves", pass + 1));
        if moves == 0 {
            break;
        }
    }
    (class, nm)
}

struct KMeans {
    assignment: Vec<usize>,
    centroids: Vec<f32>,
}

fn kmeans(points: &[f32], d: usize, k: usize, iterations: usize, rng: &mut SplitMix) -> KMeans {
    let n = points.len() / d;
    let k = k.min(n).max(1);
    let mut centroids = vec![0f32; k * d];
    for c in 0..k {
        // Seeds spread over the frequency-ranked list, jittered.
        let i = ((c * n) / k + (rng.next_u64() as usize % (n / k).max(1))).min(n - 1);
        centroids[c * d..(c + 1) * d].copy_from_slice(&points[i * d..(i + 1) * d]);
    }
    let mut assignment = vec![0usize; n];
    for _ in 0..iterations {
        for (i, a) in assignment.iter_mut().enumerate() {
            let p = &points[i * d..(i + 1) * d];
            let mut best = (f32::MAX, 0);
            for c in 0..k {
                let q = &centroids[c * d..(c + 1) * d];
                let dist: f32 = p.iter().zip(q).map(|(x, y)| (x - y) * (x - y)).sum();
                if dist < best.0 {
                    best = (dist, c);
                }
            }
            *a = best.1;
        }
        let mut sums = vec![0f32; k * d];
        let mut sizes = vec![0usize; k];
        for (i, &a) in assignment.iter().enumerate() {
            sizes[a] += 1;
            for t in 0..d {
                sums[a * d + t] += points[i * d + t];
            }
        }
        for c in 0..k {
            if sizes[c] > 0 {
                for t in 0..d {
                    centroids[c * d + t] = sums[c * d + t] / sizes[c] as f32;
                }
            }
        }
    }
    KMeans {
        assignment,
        centroids,
    }
}

/// A small deterministic generator (splitmix64).
#[derive(Debug, Clone)]
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::entities::features::mix(0, self.0)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }
}
