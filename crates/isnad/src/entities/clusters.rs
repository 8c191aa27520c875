//! Distributional word clusters: a cheap stand-in for Brown clusters, learnt from unlabelled
//! news.
//!
//! Each of the most frequent bare stems is described by the counts of the frequent stems one
//! place to its left and right (square-root damped, L2-normalised), projected to a few dozen
//! dimensions with a fixed-seed random projection, and clustered with k-means. The fine
//! clusters are then clustered again into medium and coarse ones, so that every word carries
//! three ids, like three prefix lengths of a Brown path. Training takes about a minute on
//! SaudiNewsNet's 8.8 million words; the table ships as `data/entities/clusters.tsv`.

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
