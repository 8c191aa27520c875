"""Draws an audit sample as the 2026-11-26 audits did.

usage: python3 draw_sample.py CORPUS.jsonl ANALYSED.jsonl ARTICLE_SEED SENTENCE_SEED OUT_PREFIX [EXCLUDE_IDS]

CORPUS.jsonl: the baly2018 articles as `isnad analyze` reads them ({"id": "<claim>-<index>", "text": ...});
ANALYSED.jsonl: `isnad analyze --omit tokens,removed` over the drawn articles (run it on
OUT_PREFIX-pick.jsonl, which the first pass writes, then run this script again).
"""
import json, os, random, re, sys

corpus, analysed, article_seed, sentence_seed, out = sys.argv[1:6]
exclude = set(open(sys.argv[6]).read().split()) if len(sys.argv) > 6 else set()
gold = os.path.join(os.path.dirname(__file__), '..', '..', 'statements')
used = set()
for f in os.listdir(gold):
    if f.endswith('.jsonl'):
        for line in open(os.path.join(gold, f)):
            used.add(json.loads(line)['source']['claim'])
pick = out + '-pick.jsonl'
if not os.path.exists(pick):
    docs = [json.loads(l) for l in open(corpus)]
    docs = [d for d in docs if d['id'].rsplit('-', 1)[0] not in used and d['id'] not in exclude]
    with open(pick, 'w') as f:
        for d in random.Random(int(article_seed)).sample(docs, 80):
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    sys.exit(f'wrote {pick}: analyse it into {analysed} and run again')

CUE = re.compile(r'(?:^|\s)[وف]?(?:ل?[يت]?(?:قول|قال|قالت|أضاف|اضاف|أكد|اكد|أوضح|اوضح|أشار|اشار|ذكر|نفى|نفت|ينفي|أفاد|افاد|أعلن|اعلن|صرح|كشف|اعتبر|لفت|حذر|نقل|زعم|رجح|رأى|يرى|ترى|تابع|أردف|شدد|بين|أعرب|نوه|اتهم|وصف)\S*|مضيف\S*|مشير\S*|مؤكد\S*|موضح\S*|لافت\S*|معتبر\S*|بحسب|حسب|وفقا|وفق|نقلا|طبقا|مصادر|مصدر|متحدث|المتحدث)(?=\s)')
rng = random.Random(int(sentence_seed))
items = []
for line in open(analysed):
    d = json.loads(line)
    sents = d.get('sentences') or []
    by = {}
    for s in d.get('statements') or []:
        by.setdefault(s['sentence'], []).append(s)
    cand = [i for i, s in enumerate(sents) if i in by or CUE.search(' ' + s['text'] + ' ')]
    for i in rng.sample(cand, min(2, len(cand))):
        items.append({
            'doc': d['id'], 'sentence_index': i,
            'context_before': ' '.join(x['text'] for x in sents[max(0, i - 2):i])[-700:],
            'sentence': sents[i]['text'],
            'system': [{'chain': ' > '.join(f"{x['text']} [{x['canonical']}]" for x in s['chain']),
                        'cue': s['cue']['text'], 'stance': s['stance'], 'hedge': s['hedge'],
                        'quote': s['quote'], 'content': s['content']['text']} for s in by.get(i, [])],
        })
rng.shuffle(items)
half = len(items) // 2
for k, part in enumerate([items[:half], items[half:]]):
    with open(f'{out}-items-{k + 1}.jsonl', 'w') as f:
        for it in part:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
print(len(items), 'items')
