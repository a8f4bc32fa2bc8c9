import { describe, expect, it } from 'vitest';
import {
  afterClauseOpener,
  completeNounPhrase,
  dropRelativeOpener,
  nameBeforeVerb,
  pronounAlone,
  settleSourceEdges,
} from './source-edges.js';
import { tokenize } from './tokens.js';
import type { AttributionKind } from './types.js';

/** Settles the source `mention` (its first occurrence) of `cue` (its first after the mention, else its first; none
 * when '') whose content is `content` in `text`. */
function settle(text: string, mention: string, content: string, kind: AttributionKind = 'said-that', cue = '') {
  const start = text.indexOf(mention);
  const contentStart = text.indexOf(content);
  const after = cue ? text.indexOf(cue, start + mention.length) : -1;
  const cueStart = cue && after < 0 ? text.indexOf(cue) : after;
  return settleSourceEdges(text, {
    kind,
    source: { start, end: start + mention.length, text: mention },
    cue: cueStart < 0 ? null : { start: cueStart, end: cueStart + cue.length },
    content: { start: contentStart, end: contentStart + content.length },
  })?.text;
}

describe('settleSourceEdges', () => {
  it.each([
    [
      'an appositive › keeps its closing comma',
      'Peskov, the Kremlin spokesman, said it was ready.',
      'Peskov, the Kremlin spokesman',
      'it was ready',
      'Peskov, the Kremlin spokesman,',
    ],
    [
      'a plain name before a comma › stays as it is',
      'Peskov, in Moscow, said it was ready.',
      'Peskov',
      'it was ready',
      'Peskov',
    ],
    [
      'a trailing relative pronoun › goes',
      'Wasserman Schultz, who chairs the party, said no.',
      'Wasserman Schultz, who',
      'no',
      'Wasserman Schultz',
    ],
    ['“that” after the head › goes', 'Groups that backed him said no.', 'Groups that', 'no', 'Groups'],
    ['an aside › goes', 'Sanders, meanwhile, said no.', 'Sanders, meanwhile,', 'no', 'Sanders'],
    ['a trailing “now” › goes', 'Walker now says he is being denied.', 'Walker now', 'he is being denied', 'Walker'],
    ['a pronoun and its contracted verb › the pronoun', 'I’m told the deal is off.', 'I’m', 'the deal is off', 'I'],
    [
      'a trailing “also” › goes',
      'Mr. Zuckerberg also said the deal was fair.',
      'Mr. Zuckerberg also',
      'the deal was fair',
      'Mr. Zuckerberg',
    ],
    [
      'a trailing “both” › goes',
      'Jeb Bush and Ted Cruz both said no.',
      'Jeb Bush and Ted Cruz both',
      'no',
      'Jeb Bush and Ted Cruz',
    ],
    [
      'why the name is withheld › goes',
      'The talks failed, said a senior official who requested anonymity to discuss them.',
      'a senior official who requested anonymity to discuss them',
      'The talks failed',
      'a senior official',
    ],
    ['a name ending in “Now” › stays', 'One Wisconsin Now said no.', 'One Wisconsin Now', 'no', 'One Wisconsin Now'],
    ['“for his part” › goes', 'Snyder, for his part, said no.', 'Snyder, for his part', 'no', 'Snyder'],
    ['a lone “who” › stays: it is all the source there is', 'The man, who said no, left.', 'who', 'no', 'who'],
    [
      'a bracket the source opens › closes in it',
      'Sen. Chris Murphy (D-Conn.) said no.',
      'Sen. Chris Murphy (D-Conn',
      'no',
      'Sen. Chris Murphy (D-Conn.)',
    ],
    [
      'a dateline read with the source › goes',
      'NEW YORK - Republican candidate Donald Trump said no.',
      'NEW YORK - Republican candidate Donald Trump',
      'no',
      'Republican candidate Donald Trump',
    ],
    [
      'a wire dateline › goes',
      'PARIS, Aug 31 (Reuters) - Marine Le Pen said no.',
      'PARIS, Aug 31 (Reuters) - Marine Le Pen',
      'no',
      'Marine Le Pen',
    ],
    [
      'the state of a place before the source › goes',
      'In Douglas, Ariz., border officials say tunnels are common.',
      'Ariz., border officials',
      'tunnels are common',
      'border officials',
    ],
    [
      'a participle after the state › stays: it is no source on its own',
      'Two officials in Albany, N.Y., speaking on condition of anonymity, said no.',
      'N.Y., speaking on condition of anonymity',
      'no',
      'N.Y., speaking on condition of anonymity,',
    ],
    [
      'a preposition’s object before the comma › goes: the source starts where its clause does',
      'Like Mr. Sanders, she has reckoned with the movement.',
      'Mr. Sanders, she',
      'with the movement',
      'she',
    ],
    [
      'the object of “according to” › stays: it is the source',
      'Prices rose, according to Brian Wieser, an analyst at Pivotal Research.',
      'Brian Wieser, an analyst at Pivotal Research',
      'Prices rose',
      'Brian Wieser, an analyst at Pivotal Research',
    ],
    [
      'a list the object opens with “including” › stays',
      'A group of experts, including Michael Chertoff, issued a letter.',
      'experts, including Michael Chertoff,',
      'a letter',
      'experts, including Michael Chertoff,',
    ],
    [
      'what the source was doing as it spoke › goes',
      'Ben Carson, speaking with The Des Moines Register editorial board, called it a mistake.',
      'Ben Carson, speaking with The Des Moines Register editorial board,',
      'it a mistake',
      'Ben Carson',
    ],
    [
      'how the source felt › goes',
      'Clinton, clearly frustrated, said: “What difference does it make?”',
      'Clinton, clearly frustrated,',
      '“What difference does it make?”',
      'Clinton',
    ],
    [
      'a participle that forms a title › stays',
      'Ken Sena, managing director at Evercore, said the deal was fair.',
      'Ken Sena, managing director at Evercore,',
      'the deal was fair',
      'Ken Sena, managing director at Evercore,',
    ],
    [
      'a list the source opens with “including” › stays',
      'Several candidates, including Trump, said no.',
      'Several candidates, including Trump,',
      'no',
      'Several candidates, including Trump,',
    ],
    [
      'a past participle with words after it › stays',
      'The survey, conducted by Gallup, found that most agree.',
      'The survey, conducted by Gallup,',
      'most agree',
      'The survey, conducted by Gallup,',
    ],
    ['a capital “I” before a dash › stays', 'I — and others — said no.', 'I — and others —', 'no', 'I — and others —'],
    [
      'how it was said, after a name › goes',
      'Jeb Bush in a Medium post said no.',
      'Jeb Bush in a Medium post',
      'no',
      'Jeb Bush',
    ],
    ['“on Twitter” after no name › stays', 'Some on Twitter said no.', 'Some on Twitter', 'no', 'Some on Twitter'],
    ['a trailing time › goes', 'Officials on Monday said no.', 'Officials on Monday', 'no', 'Officials'],
    [
      'a trailing day and part of the day › go',
      'On that point, Broaddrick Sunday night recounted the meeting.',
      'Broaddrick Sunday night',
      'the meeting',
      'Broaddrick',
    ],
    [
      'a time after “through” › stays: it says which results',
      'Turnout fell, according to results tallied through Wednesday afternoon.',
      'results tallied through Wednesday afternoon',
      'Turnout fell',
      'results tallied through Wednesday afternoon',
    ],
    ['“last month” › goes', 'A judge last month said no.', 'A judge last month', 'no', 'A judge'],
    [
      'a time after a participle › stays: it says which poll',
      'A poll released Sunday shows a lead.',
      'A poll released Sunday',
      'a lead',
      'A poll released Sunday',
    ],
  ])('%s', (_name, text, mention, content, expected) => {
    expect(settle(text, mention, content)).toBe(expected);
  });

  it('a comma that opens the content › stays in the content', () => {
    const text = 'Said Peskov, the spokesman, “it was ready.”';
    expect(settle(text, 'Peskov, the spokesman', ', “it was ready.”', 'inverted')).toBe('Peskov, the spokesman');
  });

  it('an appositive a determiner opens, between the source and its cue › joins the source', () => {
    const text = 'Tom Fitton, the president of Judicial Watch, which sued, charged that she hid them.';
    expect(settle(text, 'Tom Fitton', 'that she hid them', 'said-that', 'charged')).toBe(
      'Tom Fitton, the president of Judicial Watch, which sued,',
    );
    expect(settle('Peskov, in Moscow, said it was ready.', 'Peskov', 'it was ready', 'said-that', 'said')).toBe(
      'Peskov',
    );
    expect(settle('Peskov, the man said, was “ready”.', 'Peskov', 'ready', 'said-that', 'was')).toBe('Peskov');
  });

  it('an aside the source opens with a dash › keeps the dash that closes it before the cue', () => {
    const text = 'Democrats — and some Republicans — say the treaty is dangerous.';
    expect(settle(text, 'Democrats — and some Republicans', 'the treaty is dangerous', 'said-that', 'say')).toBe(
      'Democrats — and some Republicans —',
    );
    // A dash that opens no aside in the source stays out: "Seoul - say …" is no aside.
    expect(settle('Seoul - say officials - is calm.', 'Seoul', 'is calm', 'said-that', 'say')).toBe('Seoul');
  });

  it('a source that stops inside the relative clause it opens › takes the whole clause, up to the cue', () => {
    const text = 'Mr. Choi, whose third-place finish was seen as a blow, said the party would regroup.';
    const content = 'the party would regroup';
    expect(settle(text, 'Mr. Choi, whose third-place finish', content, 'said-that', 'said')).toBe(
      'Mr. Choi, whose third-place finish was seen as a blow,',
    );
    // The head alone stays the head: annotators mark it so as often as the whole clause.
    expect(settle(text, 'Mr. Choi', content, 'said-that', 'said')).toBe('Mr. Choi');
  });

  it('a content that covers its source and cue › the comma right before the cue still closes the appositive', () => {
    const text = '“He is not my favorite,” Graham, a former candidate, told CBS News.';
    const content = '“He is not my favorite,” Graham, a former candidate, told CBS News';
    expect(settle(text, 'Graham, a former candidate', content, 'inverted', 'told')).toBe('Graham, a former candidate,');
    expect(settle(text, 'Graham, a former candidate', content, 'inverted')).toBe('Graham, a former candidate');
  });

  it('an inverted source inside its content › its appositive keeps the comma that closes it', () => {
    const text = 'The problem, said Paul Bauman, a geophysicist, is the ground itself.';
    const content = 'The problem, said Paul Bauman, a geophysicist, is the ground itself';
    expect(settle(text, 'Paul Bauman, a geophysicist', content, 'inverted', 'said')).toBe(
      'Paul Bauman, a geophysicist,',
    );
    expect(settle(text, 'Paul Bauman', content, 'inverted', 'said')).toBe('Paul Bauman');
  });

  it('“according to X, …” › the comma ends the attribution phrase, not an appositive', () => {
    const text = 'According to Yonhap, Seoul and Tokyo, the talks stalled.';
    expect(settle(text, 'Yonhap, Seoul and Tokyo', 'the talks stalled', 'according-to')).toBe(
      'Yonhap, Seoul and Tokyo',
    );
  });

  it('no source › none', () => {
    expect(
      settleSourceEdges('It is believed that it rained.', {
        kind: 'sourceless',
        source: null,
        cue: null,
        content: { start: 0, end: 5 },
      }),
    ).toBeNull();
  });
});

describe('completeNounPhrase', () => {
  /** Completes the source `mention` of the cue `cue` (both first occurrences) whose content is the rest of the text. */
  function complete(text: string, mention: string, cue: string) {
    const start = text.indexOf(mention);
    const cueStart = text.indexOf(cue);
    return completeNounPhrase(text, tokenize(text).tokens, {
      kind: 'said-that',
      source: { start, end: start + mention.length, text: mention },
      cue: { start: cueStart, end: cueStart + cue.length },
      content: { start: cueStart + cue.length + 1, end: text.length },
    })?.text;
  }

  it.each([
    [
      'a source cut after a hyphen › takes the whole word and its article',
      'Long before the AFL-CIO was ready to endorse him, Trumka spoke.',
      'CIO',
      'was ready',
      'the AFL-CIO',
    ],
    [
      'a source cut inside a name › runs on to its last noun',
      'The attack was portrayed by the White House as a protest.',
      'the White',
      'was portrayed',
      'the White House',
    ],
    [
      'a possessive › runs on to the noun it owns',
      'In response, Cruz’s lawyers relied on precedent.',
      'Cruz',
      'relied on',
      'Cruz’s lawyers',
    ],
    ['a day after an inverted source › is when, not who', 'It will pass, said Cruz Tuesday.', 'Cruz', 'said', 'Cruz'],
    [
      'a cue verb read as a name › is not part of the source',
      'Marine Le Pen Backs Trump, Aides Say',
      'Marine Le Pen',
      'Say',
      'Marine Le Pen',
    ],
    [
      'a paragraph break › ends the source',
      'Kim watches a test. — Reuters\n\nNorth Korea said it rained.',
      'Reuters',
      '—',
      'Reuters',
    ],
    [
      'a source that starts after its determiner › takes it',
      'In the end, the White House said no.',
      'White House',
      'said',
      'the White House',
    ],
    [
      'an approximator › joins the number',
      'Police said about 200 protesters marched.',
      '200 protesters',
      'marched',
      'about 200 protesters',
    ],
    [
      'an approximator › joins “everyone”',
      'While almost everyone agrees it failed, Kim left.',
      'everyone',
      'agrees',
      'almost everyone',
    ],
    [
      'a word that narrows the number › joins it',
      'A poll found only 32 percent of voters agree.',
      '32 percent of voters',
      'agree',
      'only 32 percent of voters',
    ],
    [
      'a two-word bound on the number › joins it',
      'But at least a dozen members of Congress told reporters she would win.',
      'a dozen members of Congress',
      'told',
      'at least a dozen members of Congress',
    ],
    [
      '“half” and what narrows it › join “a dozen”',
      'Only half a dozen Senate Republicans backed the bill.',
      'a dozen Senate Republicans',
      'backed',
      'Only half a dozen Senate Republicans',
    ],
    [
      'a preposition before a determiner › stays out',
      'People I have met over the last weeks said no.',
      'the last weeks',
      'said',
      'the last weeks',
    ],
    [
      'a relative clause’s “which” › stays out',
      'It fell on the law, which critics said was unfair.',
      'critics',
      'said',
      'critics',
    ],
    ['a whole noun phrase › stays as it is', 'The agency said it rained.', 'The agency', 'said', 'The agency'],
  ])('%s', (_name, text, mention, cue, expected) => {
    expect(complete(text, mention, cue)).toBe(expected);
  });
});

describe('dropRelativeOpener', () => {
  function drop(text: string, mention: string) {
    const start = text.indexOf(mention);
    return dropRelativeOpener(text, tokenize(text).tokens, {
      kind: 'said-that',
      source: { start, end: start + mention.length, text: mention },
      cue: null,
      content: { start: 0, end: 0 },
    })?.text;
  }

  it.each([
    [
      '“which” before a subject › goes',
      'It fell on the law, which critics said was unfair.',
      'which critics',
      'critics',
    ],
    ['“what” before a subject › goes', 'It was what officials called a hate crime.', 'what officials', 'officials'],
    ['“who” before a pronoun › goes', 'He met Rubio, who he dubbed “the little senator.”', 'who he', 'he'],
    [
      'a subject relative › stays: the relative word is its subject',
      'Clarke, who recently co-authored a paper, spoke.',
      'who recently co-authored a paper',
      'who recently co-authored a paper',
    ],
    ['a lone relative word › stays', 'Clarke, who said no, left.', 'who', 'who'],
  ])('%s', (_name, text, mention, expected) => {
    expect(drop(text, mention)).toBe(expected);
  });
});

describe('pronounAlone', () => {
  const alone = (text: string, mention: string, cue: string) => {
    const start = text.indexOf(mention);
    const cueStart = text.indexOf(cue, start + mention.length);
    return pronounAlone(text, tokenize(text).tokens, {
      kind: 'said-that',
      source: { start, end: start + mention.length, text: mention },
      cue: { start: cueStart, end: cueStart + cue.length },
      content: { start: cueStart + cue.length, end: text.length },
    })?.text;
  };

  it.each([
    [
      'a pronoun run on into its verb › the pronoun',
      'They distributed news stories about the win.',
      'They distributed news',
      'stories',
      'They',
    ],
    [
      'a “who” run on into its clause › “who”',
      'Kim, who recently wrote a paper outlining it, left.',
      'who recently wrote a paper',
      'outlining',
      'who',
    ],
    [
      'a pronoun with others › stays',
      'He and other envoys said no.',
      'He and other envoys',
      'said',
      'He and other envoys',
    ],
    [
      'a “who” clause set off before the cue › its name and the clause',
      'Oliver K. Hedge, who appraises golf courses for a firm, said the industry recovered.',
      'who appraises golf courses',
      'said',
      'Oliver K. Hedge, who appraises golf courses for a firm,',
    ],
  ])('%s', (_name, text, mention, cue, expected) => {
    expect(alone(text, mention, cue)).toBe(expected);
  });
});

describe('nameBeforeVerb', () => {
  const cut = (text: string, mention: string) => {
    const start = text.indexOf(mention);
    return nameBeforeVerb(text, tokenize(text).tokens, { start, end: start + mention.length, text: mention })?.text;
  };

  it.each([
    [
      'a name run on into its verb and object › the name',
      'Spokesman Choi Ji-won gave it the old college try.',
      'Spokesman Choi Ji-won gave it the old college',
      'Spokesman Choi Ji-won',
    ],
    ['an adverb between › the name', 'Lee also took a shot at the minister.', 'Lee also took a shot', 'Lee'],
    [
      'a participle saying when › stays',
      'Kim leads in a Gallup Poll taken last week.',
      'a Gallup Poll taken last week',
      'a Gallup Poll taken last week',
    ],
    [
      'a participle ending the source › stays',
      'Some 56 percent of Koreans polled said no.',
      'Some 56 percent of Koreans polled',
      'Some 56 percent of Koreans polled',
    ],
  ])('%s', (_name, text, mention, expected) => {
    expect(cut(text, mention)).toBe(expected);
  });
});

describe('afterClauseOpener', () => {
  const cut = (text: string, mention: string) => {
    const start = text.indexOf(mention);
    return afterClauseOpener(text, tokenize(text).tokens, { start, end: start + mention.length, text: mention })?.text;
  };

  it.each([
    [
      'a relative “that” › the clause’s subject',
      'It is a gap that security experts say matters.',
      'a gap that security experts',
      'security experts',
    ],
    [
      '“while” › the clause’s subject',
      'He denies the links while Kim suggests otherwise.',
      'the links while Kim',
      'Kim',
    ],
    [
      '“as” after a noun › the clause’s subject',
      'The talks took place as a new poll showed Kim ahead.',
      'The talks took place as a new poll',
      'a new poll',
    ],
    [
      '“known as” › stays',
      'The base chief known as Bob said no.',
      'The base chief known as Bob',
      'The base chief known as Bob',
    ],
    [
      '“that night” › stays',
      'The officer on duty that night said no.',
      'The officer on duty that night',
      'The officer on duty that night',
    ],
  ])('%s', (_name, text, mention, expected) => {
    expect(cut(text, mention)).toBe(expected);
  });
});
