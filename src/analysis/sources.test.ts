import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from './default-sources.js';
import { guessType, isVagueMention, normaliseMention, resolveSources } from './sources.js';

/** An attribution whose source is the mention `text`, starting at `start`. */
function mentioned(text: string, start = 0) {
  return {
    sentence: 0,
    kind: 'said-that' as const,
    source: { start, end: start + text.length, text },
    cue: null,
    content: { start: 0, end: 1 },
  };
}

describe('resolveSources › records made for unknown mentions', () => {
  it.each([
    ['North Korean leader Kim Jong Un', 'Kim Jong Un', 'person'],
    ['Ministry spokesperson Koo Byoung-sam', 'Koo Byoung-sam', 'officials'],
    ['China’s Defense Ministry', 'China’s Defense Ministry', 'government'],
    ['Moon Jae-in, the former president', 'Moon Jae-in', 'person'],
    ['Lee Jae-myung and Cho Kuk', 'Lee Jae-myung and Cho Kuk', 'person'],
    ['Prime Minister Fumio Kishida', 'Fumio Kishida', 'officials'],
    ['Rep. Lee Seong-kweun of the ruling People Power Party', 'Lee Seong-kweun', 'person'],
    ['Senior Fellow Bruce Klingner of the Heritage Foundation', 'Bruce Klingner', 'person'],
    ['former Lt. Gov. Carlos Lopez-Cantera', 'Carlos Lopez-Cantera', 'person'],
    ['Morton Blackwell, a long-time Republican National Committeeman from Virginia', 'Morton Blackwell', 'person'],
    ['Anthony Anton, president and CEO of the association', 'Anthony Anton', 'person'],
    ['The United States, South Korea and Japan', 'United States, South Korea and Japan', 'government'],
    ['U.S. Secretary of State Antony Blinken', 'Antony Blinken', 'person'],
    ['the government of Kim Jong Un', 'government of Kim Jong Un', 'government'],
    ['Former Russian President Dmitry Medvedev, now deputy chairman', 'Dmitry Medvedev', 'officials'],
    ['NATO Secretary-General Mark Rutte', 'Mark Rutte', 'person'],
    ['Victor Cha of the Center for Strategic and International Studies', 'Victor Cha', 'person'],
    ["A spokesman for North Korea's Foreign Ministry", "North Korea's Foreign Ministry", 'government'],
    ['Andrei Lankov of Kookmin University', 'Andrei Lankov', 'person'],
    ['The Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', 'government'],
    ['The American Legion', 'American Legion', 'organisation'],
    ['the Clinton campaign', 'Clinton campaign', 'organisation'],
  ])('%s › filed as %s (%s)', (mention, name, type) => {
    const { sources } = resolveSources([mentioned(mention)], []);
    expect(sources).toEqual([expect.objectContaining({ name, type })]);
  });
});

describe('resolveSources › the registry', () => {
  it.each([
    ['Pyongyang’s KCNA news agency', 'kcna'],
    ['the state-run Korean Central News Agency', 'kcna'],
    ['South Korea’s military', 'jcs'],
    ['Kremlin spokesman Dmitry Peskov', 'kremlin'],
    ["Japan's Kyodo news agency", 'kyodo'],
    ['China’s Xinhua news agency', 'xinhua'],
    ['A spokesman for the Kremlin', 'kremlin'],
    ['a Kremlin spokeswoman', 'kremlin'],
    // A capital stands for its country: the registry need not list every "Pyongyang's …" beside "North Korea's …".
    ['Pyongyang’s official news agency', 'kcna'],
    ['Seoul’s Defense Ministry', 'sk-defence-ministry'],
    ['The North', 'north-korea'],
    ['Pyongyang', 'north-korea'],
    ['the DPRK', 'north-korea'],
    ["North Korea's foreign ministry spokesperson", 'nk-foreign-ministry'],
    ['A spokesman for the DPRK Foreign Ministry', 'nk-foreign-ministry'],
    ['Foreign Ministry spokeswoman Maria Zakharova', 'russian-foreign-ministry'],
    ["South Korea's presidential office", 'sk-presidential-office'],
    // Who speaks for a body is filed under it (as "Kremlin spokesman Dmitry Peskov"), named after the role or not.
    ["The Pentagon's press secretary, Maj. Gen. Pat Ryder,", 'pentagon'],
    ['the White House spokesman, Josh Earnest,', 'white-house'],
    ["a spokesperson for the North's defense ministry", 'nk-defence-ministry'],
    ['Russian Foreign Minister Sergey Lavrov', 'sergei-lavrov'],
    ['Interfax news agency', 'interfax'],
  ])('%s › %s', (mention, id) => {
    expect(resolveSources([mentioned(mention)], DEFAULT_SOURCES).sourceIds).toEqual([id]);
  });

  it.each([
    ['Justin Ki Hong, an adoptee from South Korea,', 'south-korea'],
    ['a professor in South Korea', 'south-korea'],
    ['A DPRK defector', 'north-korea'],
  ])('%s › is not the government of the country it names (%s)', (mention, id) => {
    expect(resolveSources([mentioned(mention)], DEFAULT_SOURCES).sourceIds).not.toEqual([id]);
  });
});

describe('guessType', () => {
  it.each([
    ['Moscow and Pyongyang', 'government'],
    ['Seoul, Tokyo and Washington', 'government'],
    ['Clinton and Sanders', 'person'],
    ['Trump and the Pentagon', 'organisation'],
    ['Dmitry Peskov', 'person'],
    ['the Pentagon', 'government'],
    ['Ukrainian officials', 'officials'],
    ['a teacher', 'unnamed'],
    ['the Joint Chiefs of Staff', 'government'],
    ["the two countries' defense ministries", 'government'],
    ["Iran's official news agency", 'wire-service'],
    ['UnitedHealth Group', 'organisation'],
    ['the Heritage Foundation', 'organisation'],
  ])('%s › %s', (name, type) => {
    expect(guessType(name, normaliseMention(name))).toBe(type);
  });
});

describe('resolveSources › names', () => {
  it('a headline’s short form, then the full name › one record, under the full name', () => {
    const { sourceIds, sources } = resolveSources([mentioned('N. Korea'), mentioned('North Korea', 40)], []);
    expect(sourceIds[1]).toBe(sourceIds[0]);
    expect(sources.map((source) => source.name)).toEqual(['North Korea']);
  });
});

describe('resolveSources › lists', () => {
  it('a list ending in a registry name › is not that member', () => {
    expect(resolveSources([mentioned('Lee Jae-myung and Yoon Suk Yeol')], DEFAULT_SOURCES).sourceIds).toEqual([
      'mention:lee-jae-myung-and-yoon-suk-yeol',
    ]);
    expect(resolveSources([mentioned('KCNA and TASS')], DEFAULT_SOURCES).sourceIds).toEqual(['mention:kcna-and-tass']);
  });

  it('a family name after a list of people › is not the whole list', () => {
    const { sourceIds } = resolveSources([mentioned('Moon and Cho Kuk'), mentioned('Cho', 40)], []);
    expect(sourceIds[1]).not.toBe(sourceIds[0]);
  });
});

describe('resolveSources › relative pronouns', () => {
  it('“who” › stands for the mention right before it, even a vague one', () => {
    const found = [mentioned('The foreign ministry'), mentioned('A ministry official', 40), mentioned('who', 61)];
    expect(resolveSources(found, []).sourceIds).toEqual(['mention:foreign-ministry', 'unnamed', 'unnamed']);
  });
});

describe('isVagueMention', () => {
  it.each([
    ['A ministry official', true],
    ['A ministry official, who attended the talks,', true],
    ['Ukrainian officials', false],
    ['Observers in Seoul', true],
    ['Diplomats in New York', true],
    ['Analysts at Nomura', false],
    ["Officials in Seoul's Unification Ministry", false],
    ['Japanese government sources', true],
    ['Military analysts in Tokyo', true],
    ['Western diplomats', true],
    ['Kremlin sources', true],
    ['A source in North Hamgyong province who spoke to Daily NK', true],
    ['A former U.S. official', true],
    ['a Western diplomat in Seoul', true],
    ['A ministry spokesman, Koo Byoung-sam,', false],
    ['One official, Kim Min-ho,', false],
  ])('%s › %s', (mention, vague) => {
    expect(isVagueMention(mention)).toBe(vague);
  });
});
