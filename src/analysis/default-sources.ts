import type { SourceRecord } from './types.js';

const source = (id: string, name: string, type: SourceRecord['type'], aliases: string[] = []): SourceRecord => ({
  id,
  name,
  type,
  aliases,
});

/**
 * The registry sourcedesk starts with: the sources of the bundled sample, then the wire services, state media and
 * government bodies a Korea/Russia desk meets every day. Reviewers add their own in the database.
 */
export const DEFAULT_SOURCES: readonly SourceRecord[] = [
  // State media
  source('kcna', 'KCNA', 'state-media', [
    'Korean Central News Agency',
    'state-run Korean Central News Agency',
    'official Korean Central News Agency',
    "North's state media",
    'North Korean state media',
    "North Korea's state media",
    "Pyongyang's state media",
    'North Korean state news agency',
    "North Korea's official news agency",
  ]),
  source('rodong-sinmun', 'Rodong Sinmun', 'state-media', ['Rodong Sinmun newspaper', "ruling party's newspaper"]),
  source('kctv', 'Korean Central Television', 'state-media', [
    'KCTV',
    'North Korean state TV',
    "North Korea's state TV",
  ]),
  source('tass', 'TASS', 'state-media', ['Russian news agency TASS', 'state news agency TASS', 'Tass']),
  source('ria-novosti', 'RIA Novosti', 'state-media', ['RIA', 'state news agency RIA Novosti']),
  source('interfax', 'Interfax', 'wire-service', ['Interfax news agency']),
  source('xinhua', 'Xinhua', 'state-media', ['Xinhua News Agency', "China's official Xinhua news agency"]),
  // Wire services
  source('ap', 'AP', 'wire-service', ['Associated Press', 'The Associated Press']),
  source('reuters', 'Reuters', 'wire-service', ['Thomson Reuters']),
  source('afp', 'AFP', 'wire-service', ['Agence France-Presse', 'Agence France Presse']),
  source('yonhap', 'Yonhap', 'wire-service', ['Yonhap News Agency', "South Korea's Yonhap news agency"]),
  source('kyodo', 'Kyodo News', 'wire-service', ['Kyodo']),
  source('bloomberg', 'Bloomberg', 'news-outlet', ['Bloomberg News']),
  // Governments and their bodies. A country's capital and "the North" / "the South" stand for its government in wire copy.
  source('north-korea', 'North Korea', 'government', [
    'Pyongyang',
    'the North',
    // Written with "the", so only the whole mention is it: a bare acronym is also looked for inside longer mentions,
    // and "a DPRK defector" is not the government.
    'the DPRK',
    "Democratic People's Republic of Korea",
    'North Korean government',
    "North Korea's government",
  ]),
  source('nk-foreign-ministry', 'Foreign Ministry (North Korea)', 'government', [
    "North Korea's Foreign Ministry",
    'North Korean Foreign Ministry',
    "the North's Foreign Ministry",
    'DPRK Foreign Ministry',
  ]),
  source('nk-defence-ministry', 'Defence Ministry (North Korea)', 'government', [
    "North Korea's Defence Ministry",
    "North Korea's Defense Ministry",
    'North Korean Defense Ministry',
    'North Korean Defence Ministry',
  ]),
  source('south-korea', 'South Korea', 'government', [
    'Seoul',
    'the South',
    'South Korean government',
    "South Korea's government",
    'Republic of Korea',
  ]),
  source('sk-presidential-office', 'Presidential Office (South Korea)', 'government', [
    "South Korea's presidential office",
    'South Korean presidential office',
    "Seoul's presidential office",
  ]),
  source('russia', 'Russia', 'government', [
    'Moscow',
    'Russian government',
    "Russia's government",
    'Russian Federation',
  ]),
  source('unification-ministry', 'Unification Ministry', 'government', [
    "South Korea's Unification Ministry",
    "Seoul's Unification Ministry",
    'Ministry of Unification',
    'South Korean Unification Ministry',
  ]),
  source('nis', 'National Intelligence Service', 'intelligence', [
    "South Korea's National Intelligence Service",
    'NIS',
    "South Korea's spy agency",
    "Seoul's spy agency",
    'South Korean spy agency',
    'South Korean intelligence',
  ]),
  source('jcs', 'Joint Chiefs of Staff (South Korea)', 'government', [
    "South Korea's Joint Chiefs of Staff",
    'JCS',
    "Seoul's Joint Chiefs of Staff",
    // The wires' "South Korea's military said" reports a JCS statement.
    "South Korea's military",
    "Seoul's military",
    'the South Korean military',
  ]),
  source('sk-defence-ministry', 'Defence Ministry (South Korea)', 'government', [
    "South Korea's Defence Ministry",
    "South Korea's Defense Ministry",
    'South Korean Defense Ministry',
  ]),
  source('kremlin', 'Kremlin', 'government', [
    'The Kremlin',
    'Kremlin spokesman Dmitry Peskov',
    'Dmitry Peskov',
    'Peskov',
  ]),
  source('russian-foreign-ministry', 'Foreign Ministry (Russia)', 'government', [
    "Russia's Foreign Ministry",
    'Russian Foreign Ministry',
    // Its spokeswoman speaks for it, as Peskov does for the Kremlin.
    'Maria Zakharova',
    'Zakharova',
  ]),
  source('russian-defence-ministry', 'Defence Ministry (Russia)', 'government', [
    "Russia's Defence Ministry",
    "Russia's Defense Ministry",
    'Russian Defense Ministry',
  ]),
  source('us-state-department', 'State Department (US)', 'government', [
    'US State Department',
    'U.S. State Department',
  ]),
  source('pentagon', 'Pentagon', 'government', ['The Pentagon', 'US Defense Department', 'U.S. Defense Department']),
  source('white-house', 'White House', 'government', ['The White House']),
  source('ukrainian-officials', 'Ukrainian officials', 'officials', ['Ukrainian government officials']),
  source('us-sk-ukraine-governments', 'US, South Korean and Ukrainian governments', 'government', [
    'the United States, South Korea and Ukraine',
  ]),
  source('us-sk-ukraine-intelligence', 'US, South Korean and Ukrainian intelligence assessments', 'intelligence', [
    'US, South Korean and Ukrainian intelligence',
  ]),
  // Leaders and spokespeople the desk quotes every day (family names first for Korean names, as the wires write them)
  source('kim-jong-un', 'Kim Jong Un', 'person', [
    'Kim Jong-un',
    'North Korean leader Kim Jong Un',
    'leader Kim Jong Un',
  ]),
  source('kim-yo-jong', 'Kim Yo Jong', 'person', ['Kim Yo-jong']),
  source('vladimir-putin', 'Vladimir Putin', 'person', ['Putin', 'Russian President Vladimir Putin']),
  source('sergei-lavrov', 'Sergei Lavrov', 'person', [
    'Sergey Lavrov',
    'Lavrov',
    'Russian Foreign Minister Sergei Lavrov',
  ]),
  source('choe-son-hui', 'Choe Son Hui', 'person', ['Choe Son-hui', 'North Korean Foreign Minister Choe Son Hui']),
  source('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'person', [
    'Zelenskyy',
    'Zelensky',
    'Zelenskiy',
    'Volodymyr Zelensky',
    'Volodymyr Zelenskiy',
  ]),
  source('yoon-suk-yeol', 'Yoon Suk Yeol', 'person', ['Yoon Suk-yeol', 'Yoon']),
  source('lee-jae-myung', 'Lee Jae-myung', 'person', ['Lee Jae Myung']),
  // Vague mentions all resolve here, so a report can count how much of a story rests on nobody in particular.
  source('unnamed', 'Unnamed sources', 'unnamed'),
];
