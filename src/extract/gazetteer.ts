// General world knowledge the extractor needs to read news: states (current and former), their
// demonyms, capitals and seats of government, and the vocabulary of titles and institutions.
// Nothing here is tied to a particular story.
import { COUNTRY_NAMES, DEMONYMS } from './countries';
import { lexicon } from './lexicon';
import { memo } from './memo';

const STATE_NAMES = new Map<string, string | undefined>();
const DEMONYM_STATES = new Map<string, string | undefined>();
const CAPITAL_STATES = new Map<string, string | undefined>();

function hasTag(word: string, tag: string): boolean {
  const t = lexicon[word];
  return t === tag || (Array.isArray(t) && t.includes(tag));
}

/** Whether compromise files the lower-cased word or phrase as a place (city, country, region). */
export function isKnownPlace(word: string): boolean {
  return ['Place', 'City', 'Country', 'Region'].some((tag) => hasTag(word, tag));
}

/** Whether compromise's dictionary files the lower-cased word or phrase as an organisation ("google", "nato"). */
export function isKnownOrganization(word: string): boolean {
  return hasTag(word, 'Organization');
}

/** Whether compromise's dictionary files the lower-cased word as a plural or mass common noun ("officials", "police", "troops"). */
export function isPluralCommonWord(word: string): boolean {
  return hasTag(word, 'Plural') || hasTag(word, 'Uncountable');
}

/** Whether compromise's dictionary gives the lower-cased word as a verb's base form ("protect", "save"). */
export function isInfinitive(word: string): boolean {
  return hasTag(word, 'Infinitive');
}

const NAME_ONLY_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
/** Whether compromise knows the lower-cased word only as a person's name ("cruz", "maria"). */
export function isNameWord(word: string): boolean {
  const t = lexicon[word];
  if (t === undefined) return false;
  return (Array.isArray(t) ? t : [t]).every((g) => NAME_ONLY_TAGS.has(g));
}

const PROPER_ONLY_TAGS = new Set(['ProperNoun', 'Place', 'City', 'Country', 'Region', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);
/** Whether compromise knows the lower-cased word only as a name of some kind ("florence", "paris"), never as a common word. */
export function isProperOnlyWord(word: string): boolean {
  const t = lexicon[word];
  if (t === undefined) return false;
  return (Array.isArray(t) ? t : [t]).every((g) => PROPER_ONLY_TAGS.has(g));
}

/** Whether compromise knows the lower-cased word at all (a dictionary word, not a bare name). */
export function isDictionaryWord(word: string): boolean {
  return lexicon[word] !== undefined;
}

/** Alternative names → canonical state name. */
const STATE_ALIASES: Record<string, string> = {
  us: 'United States', 'u.s.': 'United States', usa: 'United States', 'u.s.a.': 'United States',
  america: 'United States', 'united states of america': 'United States', 'the united states': 'United States',
  uk: 'United Kingdom', 'u.k.': 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  ussr: 'Soviet Union', 'u.s.s.r.': 'Soviet Union', 'soviet union': 'Soviet Union',
  // Short names news uses for a state whose full name is longer ("Bosnia" for Bosnia and
  // Herzegovina, "Holland" for the Netherlands).
  bosnia: 'Bosnia and Herzegovina', holland: 'Netherlands',
  burma: 'Myanmar', czechia: 'Czech Republic', 'ivory coast': "Côte d'Ivoire", 'cote de ivoire': "Côte d'Ivoire",
  'republic of ireland': 'Ireland', 'dr congo': 'Democratic Republic of the Congo', prc: 'China',
  'democratic republic of the congo': 'Democratic Republic of the Congo', 'democratic republic of congo': 'Democratic Republic of the Congo',
  drc: 'Democratic Republic of the Congo', 'd.r.c.': 'Democratic Republic of the Congo',
  // In news "Congo" alone is the larger Congo; the other is named "Republic of the Congo" or "Congo-Brazzaville".
  congo: 'Democratic Republic of the Congo', 'republic of the congo': 'Republic of the Congo', 'congo-brazzaville': 'Republic of the Congo',
  'timor leste': 'East Timor', 'trinidad tobago': 'Trinidad and Tobago', uae: 'United Arab Emirates',
  dprk: 'North Korea', 'south korea': 'South Korea', 'north korea': 'North Korea', turkiye: 'Turkey', türkiye: 'Turkey',
  // Former states: they appear in history paragraphs and are states, not places.
  yugoslavia: 'Yugoslavia', czechoslovakia: 'Czechoslovakia', 'east germany': 'East Germany',
  'west germany': 'West Germany', 'ottoman empire': 'Ottoman Empire', 'austria-hungary': 'Austria-Hungary',
  prussia: 'Prussia', rhodesia: 'Rhodesia', zaire: 'Zaire', 'south vietnam': 'South Vietnam',
  'north vietnam': 'North Vietnam', 'soviet': 'Soviet Union', 'georgia': 'Georgia', 'chad': 'Chad',
  // UN member states the lexicon lacks, and their older names.
  eswatini: 'Eswatini', swaziland: 'Eswatini', 'north macedonia': 'North Macedonia', macedonia: 'North Macedonia',
  'saint kitts and nevis': 'Saint Kitts and Nevis', 'st kitts and nevis': 'Saint Kitts and Nevis',
  'são tomé and príncipe': 'São Tomé and Príncipe', 'sao tome and principe': 'São Tomé and Príncipe',
  'saint vincent and the grenadines': 'Saint Vincent and the Grenadines', 'cabo verde': 'Cape Verde',
  'jordan': 'Jordan', 'vatican': 'Vatican City', 'holy see': 'Vatican City', 'palestine': 'Palestine',
  // UN member states the lexicon misses or files under another name, and their official long forms.
  philippines: 'Philippines', 'côte d\'ivoire': "Côte d'Ivoire", "côte d’ivoire": "Côte d'Ivoire", "cote d'ivoire": "Côte d'Ivoire",
  laos: 'Laos', 'lao pdr': 'Laos', "lao people's democratic republic": 'Laos', 'viet nam': 'Vietnam',
  'republic of korea': 'South Korea', "democratic people's republic of korea": 'North Korea', 'russian federation': 'Russia',
  'st lucia': 'Saint Lucia', 'st. lucia': 'Saint Lucia', 'st vincent and the grenadines': 'Saint Vincent and the Grenadines',
  'federated states of micronesia': 'Micronesia', 'syrian arab republic': 'Syria', 'republic of moldova': 'Moldova',
  'united republic of tanzania': 'Tanzania', 'islamic republic of iran': 'Iran', 'antigua and barbuda': 'Antigua and Barbuda',
  'bosnia and herzegovina': 'Bosnia and Herzegovina', 'trinidad and tobago': 'Trinidad and Tobago',
  // Official long forms diplomats and communiqués use ("the Swiss Confederation", "the Hellenic Republic").
  'swiss confederation': 'Switzerland', 'helvetic confederation': 'Switzerland', 'hellenic republic': 'Greece',
  'french republic': 'France', 'italian republic': 'Italy', 'portuguese republic': 'Portugal', 'kingdom of spain': 'Spain',
  'federal republic of germany': 'Germany', 'republic of austria': 'Austria', 'kingdom of belgium': 'Belgium',
  'kingdom of the netherlands': 'Netherlands', 'grand duchy of luxembourg': 'Luxembourg', 'kingdom of denmark': 'Denmark',
  'kingdom of sweden': 'Sweden', 'kingdom of norway': 'Norway', 'republic of finland': 'Finland', 'republic of poland': 'Poland',
  'united kingdom of great britain and northern ireland': 'United Kingdom', 'republic of türkiye': 'Turkey', 'republic of turkey': 'Turkey',
  "people's republic of china": 'China', 'republic of china': 'Taiwan', 'republic of india': 'India', 'state of japan': 'Japan',
  'kingdom of saudi arabia': 'Saudi Arabia', 'hashemite kingdom of jordan': 'Jordan', 'sultanate of oman': 'Oman',
  'state of qatar': 'Qatar', 'state of kuwait': 'Kuwait', 'kingdom of bahrain': 'Bahrain', 'republic of yemen': 'Yemen',
  'republic of iraq': 'Iraq', 'arab republic of egypt': 'Egypt', 'state of israel': 'Israel', 'state of palestine': 'Palestine',
  'kingdom of morocco': 'Morocco', "people's democratic republic of algeria": 'Algeria', 'republic of tunisia': 'Tunisia',
  'federal republic of nigeria': 'Nigeria', 'federal democratic republic of ethiopia': 'Ethiopia', 'federal republic of somalia': 'Somalia',
  'republic of kenya': 'Kenya', 'republic of south africa': 'South Africa', 'republic of the sudan': 'Sudan',
  'islamic republic of pakistan': 'Pakistan', "people's republic of bangladesh": 'Bangladesh', 'islamic republic of afghanistan': 'Afghanistan',
  'socialist republic of vietnam': 'Vietnam', 'kingdom of thailand': 'Thailand', 'kingdom of cambodia': 'Cambodia',
  'republic of indonesia': 'Indonesia', 'republic of the philippines': 'Philippines', 'republic of singapore': 'Singapore',
  'republic of the union of myanmar': 'Myanmar', 'commonwealth of australia': 'Australia', 'independent state of papua new guinea': 'Papua New Guinea',
  'united mexican states': 'Mexico', 'federative republic of brazil': 'Brazil', 'argentine republic': 'Argentina',
  'republic of chile': 'Chile', 'republic of colombia': 'Colombia', 'republic of peru': 'Peru', 'bolivarian republic of venezuela': 'Venezuela',
  'plurinational state of bolivia': 'Bolivia', 'oriental republic of uruguay': 'Uruguay', 'republic of paraguay': 'Paraguay',
  'republic of cuba': 'Cuba', 'republic of kazakhstan': 'Kazakhstan', 'republic of uzbekistan': 'Uzbekistan',
  'kyrgyz republic': 'Kyrgyzstan', 'republic of belarus': 'Belarus', 'slovak republic': 'Slovakia',
  'republic of serbia': 'Serbia', 'republic of north macedonia': 'North Macedonia', 'republic of kosovo': 'Kosovo',
  'republic of georgia': 'Georgia', 'republic of armenia': 'Armenia', 'republic of azerbaijan': 'Azerbaijan',
};

/** UN member states whose names join two names with "and" ("Trinidad and Tobago"): each half alone
 * is an island or a region, so a name run must not be cut at the "and". Keyed by the first word. */
export const AND_STATES: ReadonlyMap<string, string[]> = new Map([
  ['antigua', ['antigua and barbuda']], ['bosnia', ['bosnia and herzegovina']], ['trinidad', ['trinidad and tobago']],
  ['saint', ['saint kitts and nevis', 'saint vincent and the grenadines']], ['st', ['st kitts and nevis', 'st vincent and the grenadines']],
  ['são', ['são tomé and príncipe']], ['sao', ['sao tome and principe']],
]);

/**
 * Not sovereign states although compromise files some as countries: a state's constituent
 * countries, and the dependent territories, overseas departments and regions, special
 * administrative regions and crown dependencies of the world -- places inside or held by a state,
 * never states themselves.
 */
const NOT_STATES = new Set(['antarctica', 'england', 'scotland', 'wales', 'northern ireland',
  // Danish and Dutch realms' parts, China's special administrative regions.
  'greenland', 'faroe islands', 'faroes', 'aruba', 'curaçao', 'curacao', 'sint maarten', 'bonaire', 'hong kong', 'macao', 'macau',
  // France's overseas departments, regions and collectivities.
  'réunion', 'reunion', 'la réunion', 'mayotte', 'guadeloupe', 'martinique', 'french guiana', 'new caledonia', 'french polynesia',
  'tahiti', 'wallis and futuna', 'saint pierre and miquelon', 'saint barthélemy', 'saint-barthélemy', 'saint martin', 'saint-martin',
  // British overseas territories and crown dependencies.
  'bermuda', 'gibraltar', 'anguilla', 'montserrat', 'cayman islands', 'british virgin islands', 'turks and caicos', 'turks and caicos islands',
  'falkland islands', 'falklands', 'saint helena', 'st helena', 'pitcairn', 'pitcairn islands', 'isle of man', 'jersey', 'guernsey',
  'british indian ocean territory', 'chagos islands', 'diego garcia', 'akrotiri', 'dhekelia',
  // United States territories.
  'puerto rico', 'guam', 'american samoa', 'northern mariana islands', 'us virgin islands', 'u.s. virgin islands',
  // Australian, New Zealand and Norwegian territories; Finland's autonomous islands; Spain's and
  // Portugal's autonomous regions overseas.
  'norfolk island', 'christmas island', 'cocos islands', 'cook islands', 'niue', 'tokelau', 'svalbard', 'jan mayen', 'åland', 'aland',
  'canary islands', 'ceuta', 'melilla', 'azores', 'madeira',
  // A territory whose status is undetermined.
  'western sahara']);

/** A place name as the state tables key it: lower case, without "the" or a possessive. */
function stateKey(surface: string): string {
  return surface.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
}

/** "Mayotte", "Puerto Rico", "the Faroe Islands": a dependent territory or a state's constituent part, a place. */
export function isTerritory(surface: string): boolean {
  return NOT_STATES.has(stateKey(surface));
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])([a-zà-ÿ])/g, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\b(And|Of|The)\b/g, (w) => w.toLowerCase());
}

/** Canonical state name for a surface form ("U.S.", "Russia", "the Soviet Union"), if it names one. */
export function stateName(surface: string): string | undefined {
  return memo(STATE_NAMES, surface, computeStateName);
}

function computeStateName(surface: string): string | undefined {
  const key = stateKey(surface);
  if (STATE_ALIASES[key]) return STATE_ALIASES[key];
  if (NOT_STATES.has(key)) return undefined;
  if (COUNTRY_NAMES.has(key)) return titleCase(key);
  // "Guinea-Bissau", "Timor-Leste": the lexicon spells them with a space.
  if (key.includes('-') && COUNTRY_NAMES.has(key.replace(/-/g, ' '))) return surface.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
  return undefined;
}

/** Demonym → state, where the state's name is not the demonym minus a suffix. */
const DEMONYM_EXCEPTIONS: Record<string, string> = {
  american: 'United States', british: 'United Kingdom', chinese: 'China', french: 'France', dutch: 'Netherlands',
  german: 'Germany', greek: 'Greece', swiss: 'Switzerland', swedish: 'Sweden', danish: 'Denmark', finnish: 'Finland',
  norwegian: 'Norway', polish: 'Poland', spanish: 'Spain', portuguese: 'Portugal', turkish: 'Turkey', irish: 'Ireland',
  israeli: 'Israel', iraqi: 'Iraq', iranian: 'Iran', saudi: 'Saudi Arabia', emirati: 'United Arab Emirates',
  qatari: 'Qatar', kuwaiti: 'Kuwait', yemeni: 'Yemen', omani: 'Oman', pakistani: 'Pakistan', afghan: 'Afghanistan',
  bangladeshi: 'Bangladesh', japanese: 'Japan', vietnamese: 'Vietnam', lebanese: 'Lebanon', sudanese: 'Sudan',
  congolese: 'Democratic Republic of the Congo', filipino: 'Philippines', philippine: 'Philippines', thai: 'Thailand',
  soviet: 'Soviet Union', ukrainian: 'Ukraine', belarusian: 'Belarus', egyptian: 'Egypt', libyan: 'Libya',
  venezuelan: 'Venezuela', cuban: 'Cuba', mexican: 'Mexico', canadian: 'Canada', brazilian: 'Brazil',
  argentine: 'Argentina', argentinian: 'Argentina', peruvian: 'Peru', chilean: 'Chile', colombian: 'Colombia',
  korean: 'South Korea', 'south korean': 'South Korea', 'north korean': 'North Korea', indian: 'India',
  russian: 'Russia', syrian: 'Syria', jordanian: 'Jordan', palestinian: 'Palestine', kazakh: 'Kazakhstan',
  uzbek: 'Uzbekistan', tajik: 'Tajikistan', azerbaijani: 'Azerbaijan', armenian: 'Armenia', georgian: 'Georgia',
  hungarian: 'Hungary', czech: 'Czech Republic', slovak: 'Slovakia', serbian: 'Serbia', croatian: 'Croatia',
  romanian: 'Romania', bulgarian: 'Bulgaria', italian: 'Italy', belgian: 'Belgium', austrian: 'Austria',
  australian: 'Australia', 'new zealand': 'New Zealand', nigerian: 'Nigeria', kenyan: 'Kenya', ethiopian: 'Ethiopia',
  somali: 'Somalia', malian: 'Mali', algerian: 'Algeria', moroccan: 'Morocco', tunisian: 'Tunisia',
  indonesian: 'Indonesia', malaysian: 'Malaysia', burmese: 'Myanmar', taiwanese: 'Taiwan', estonian: 'Estonia',
  latvian: 'Latvia', lithuanian: 'Lithuania', moldovan: 'Moldova', bahraini: 'Bahrain', welsh: 'United Kingdom',
  scottish: 'United Kingdom', english: 'United Kingdom', 'u.s.': 'United States', us: 'United States',
  nigerien: 'Niger', burkinabe: 'Burkina Faso', burkinabè: 'Burkina Faso', ivorian: "Côte d'Ivoire", malagasy: 'Madagascar',
  malawian: 'Malawi', mozambican: 'Mozambique', eritrean: 'Eritrea', djiboutian: 'Djibouti', gabonese: 'Gabon',
  togolese: 'Togo', beninese: 'Benin', mauritanian: 'Mauritania', nepali: 'Nepal', nepalese: 'Nepal', laotian: 'Laos',
  lao: 'Laos', kyrgyz: 'Kyrgyzstan', turkmen: 'Turkmenistan', uruguayan: 'Uruguay', honduran: 'Honduras',
  salvadoran: 'El Salvador', panamanian: 'Panama', 'costa rican': 'Costa Rica', tanzanian: 'Tanzania',
  'sri lankan': 'Sri Lanka', icelandic: 'Iceland', luxembourgish: 'Luxembourg', slovenian: 'Slovenia', bosnian: 'Bosnia and Herzegovina',
  montenegrin: 'Montenegro', kosovar: 'Kosovo', cypriot: 'Cyprus', maltese: 'Malta', haitian: 'Haiti', rwandan: 'Rwanda',
  ugandan: 'Uganda', zambian: 'Zambia', zimbabwean: 'Zimbabwe', ghanaian: 'Ghana', senegalese: 'Senegal', guinean: 'Guinea',
  'bissau-guinean': 'Guinea-Bissau', cameroonian: 'Cameroon', chadian: 'Chad', liberian: 'Liberia', gambian: 'Gambia',
  'sierra leonean': 'Sierra Leone', namibian: 'Namibia', angolan: 'Angola',
  // The remaining UN member states, with the forms news uses ("Kiwi", "Tajikistani", "Emirian").
  albanian: 'Albania', andorran: 'Andorra', antiguan: 'Antigua and Barbuda', barbudan: 'Antigua and Barbuda',
  bahamian: 'Bahamas', barbadian: 'Barbados', bajan: 'Barbados', belizean: 'Belize', bhutanese: 'Bhutan',
  bolivian: 'Bolivia', herzegovinian: 'Bosnia and Herzegovina', motswana: 'Botswana', batswana: 'Botswana', botswanan: 'Botswana',
  bruneian: 'Brunei', burundian: 'Burundi', cambodian: 'Cambodia', khmer: 'Cambodia', 'cape verdean': 'Cape Verde', cabo: 'Cape Verde',
  'central african': 'Central African Republic', comoran: 'Comoros', comorian: 'Comoros', dominican: 'Dominican Republic',
  ecuadorian: 'Ecuador', ecuadorean: 'Ecuador', 'equatorial guinean': 'Equatorial Guinea', equatoguinean: 'Equatorial Guinea',
  swazi: 'Eswatini', fijian: 'Fiji', grenadian: 'Grenada', guatemalan: 'Guatemala', guyanese: 'Guyana',
  jamaican: 'Jamaica', kazakhstani: 'Kazakhstan', 'i-kiribati': 'Kiribati', kyrgyzstani: 'Kyrgyzstan', kirghiz: 'Kyrgyzstan',
  mosotho: 'Lesotho', basotho: 'Lesotho', liechtensteiner: 'Liechtenstein', maldivian: 'Maldives', marshallese: 'Marshall Islands',
  mauritian: 'Mauritius', micronesian: 'Micronesia', monegasque: 'Monaco', mongolian: 'Mongolia', nauruan: 'Nauru',
  'new zealander': 'New Zealand', kiwi: 'New Zealand', nicaraguan: 'Nicaragua', macedonian: 'North Macedonia', 'north macedonian': 'North Macedonia',
  palauan: 'Palau', 'papua new guinean': 'Papua New Guinea', paraguayan: 'Paraguay', kittitian: 'Saint Kitts and Nevis',
  'saint lucian': 'Saint Lucia', 'st lucian': 'Saint Lucia', vincentian: 'Saint Vincent and the Grenadines', samoan: 'Samoa',
  sammarinese: 'San Marino', 'são toméan': 'São Tomé and Príncipe', 'sao tomean': 'São Tomé and Príncipe', seychellois: 'Seychelles',
  singaporean: 'Singapore', slovene: 'Slovenia', 'solomon islander': 'Solomon Islands', 'south african': 'South Africa',
  'south sudanese': 'South Sudan', surinamese: 'Suriname', tajikistani: 'Tajikistan', 'timorese': 'East Timor', 'east timorese': 'East Timor',
  tongan: 'Tonga', trinidadian: 'Trinidad and Tobago', tobagonian: 'Trinidad and Tobago', turkmenistani: 'Turkmenistan', tuvaluan: 'Tuvalu',
  uzbekistani: 'Uzbekistan', 'ni-vanuatu': 'Vanuatu', vanuatuan: 'Vanuatu',
  belarussian: 'Belarus', azeri: 'Azerbaijan', emirian: 'United Arab Emirates', kiribatian: 'Kiribati', luxembourger: 'Luxembourg',
  bosniak: 'Bosnia and Herzegovina', herzegovinan: 'Bosnia and Herzegovina',
  serb: 'Serbia', croat: 'Croatia', 'saudi arabian': 'Saudi Arabia', 
  ghanian: 'Ghana', 'new guinean': 'Papua New Guinea',
  'salvadorean': 'El Salvador', 'argentinean': 'Argentina', 'kosovan': 'Kosovo', 'cypriote': 'Cyprus',
};

/** State named by a demonym ("Russian" → "Russia"), else undefined. Regional demonyms ("European") are not states. */
export function stateOfDemonym(word: string): string | undefined {
  return memo(DEMONYM_STATES, word, computeStateOfDemonym);
}

function computeStateOfDemonym(word: string): string | undefined {
  const key = word.toLowerCase().replace(/['’]s$/, '');
  if (DEMONYM_EXCEPTIONS[key]) return DEMONYM_EXCEPTIONS[key];
  if (!DEMONYMS.has(key)) return undefined;
  for (const cut of [/n$/, /an$/, /ian$/, /ese$/, /i$/]) {
    const base = key.replace(cut, '');
    for (const cand of [base, base + 'a', base + 'ia']) {
      const s = stateName(cand);
      if (s) return s;
    }
  }
  return undefined;
}

/** Capitals and seats of government, used in news for the government itself ("Moscow said"). */
const CAPITALS: Record<string, string> = {
  moscow: 'Russia', washington: 'United States', beijing: 'China', london: 'United Kingdom', paris: 'France',
  berlin: 'Germany', kyiv: 'Ukraine', kiev: 'Ukraine', damascus: 'Syria', tehran: 'Iran', ankara: 'Turkey',
  baghdad: 'Iraq', beirut: 'Lebanon', cairo: 'Egypt', riyadh: 'Saudi Arabia', doha: 'Qatar', amman: 'Jordan',
  jerusalem: 'Israel', 'tel aviv': 'Israel', tokyo: 'Japan', seoul: 'South Korea', pyongyang: 'North Korea',
  'new delhi': 'India', islamabad: 'Pakistan', kabul: 'Afghanistan', minsk: 'Belarus', warsaw: 'Poland',
  rome: 'Italy', madrid: 'Spain', ottawa: 'Canada', caracas: 'Venezuela', havana: 'Cuba', brasilia: 'Brazil',
  'buenos aires': 'Argentina', 'mexico city': 'Mexico', canberra: 'Australia', pretoria: 'South Africa',
  nairobi: 'Kenya', 'addis ababa': 'Ethiopia', khartoum: 'Sudan', tripoli: 'Libya', algiers: 'Algeria',
  rabat: 'Morocco', tunis: 'Tunisia', sanaa: 'Yemen', muscat: 'Oman', 'abu dhabi': 'United Arab Emirates',
  baku: 'Azerbaijan', yerevan: 'Armenia', tbilisi: 'Georgia', astana: 'Kazakhstan', tashkent: 'Uzbekistan',
  budapest: 'Hungary', prague: 'Czech Republic', vienna: 'Austria', bern: 'Switzerland', brussels: 'Belgium',
  amsterdam: 'Netherlands', 'the hague': 'Netherlands', stockholm: 'Sweden', oslo: 'Norway', helsinki: 'Finland',
  copenhagen: 'Denmark', athens: 'Greece', bucharest: 'Romania', sofia: 'Bulgaria', belgrade: 'Serbia',
  lisbon: 'Portugal', dublin: 'Ireland', hanoi: 'Vietnam', bangkok: 'Thailand', jakarta: 'Indonesia',
  manila: 'Philippines', 'kuala lumpur': 'Malaysia', taipei: 'Taiwan', 'naypyidaw': 'Myanmar', dhaka: 'Bangladesh',
  lima: 'Peru', bogota: 'Colombia', santiago: 'Chile', abuja: 'Nigeria', chisinau: 'Moldova', vilnius: 'Lithuania',
  riga: 'Latvia', tallinn: 'Estonia', bratislava: 'Slovakia', zagreb: 'Croatia', 'ljubljana': 'Slovenia',
  dakar: 'Senegal', bamako: 'Mali', niamey: 'Niger', ouagadougou: 'Burkina Faso', conakry: 'Guinea',
  bissau: 'Guinea-Bissau', freetown: 'Sierra Leone', monrovia: 'Liberia', accra: 'Ghana', lome: 'Togo',
  'porto-novo': 'Benin', yaounde: 'Cameroon', 'n\'djamena': 'Chad', ndjamena: 'Chad',
  bangui: 'Central African Republic', libreville: 'Gabon', luanda: 'Angola', lusaka: 'Zambia', harare: 'Zimbabwe',
  maputo: 'Mozambique', lilongwe: 'Malawi', dodoma: 'Tanzania', kampala: 'Uganda', kigali: 'Rwanda',
  gitega: 'Burundi', juba: 'South Sudan', mogadishu: 'Somalia', asmara: 'Eritrea', windhoek: 'Namibia',
  gaborone: 'Botswana', antananarivo: 'Madagascar', nouakchott: 'Mauritania', banjul: 'Gambia',
  yamoussoukro: "Côte d'Ivoire", malabo: 'Equatorial Guinea', kathmandu: 'Nepal', colombo: 'Sri Lanka',
  thimphu: 'Bhutan', 'phnom penh': 'Cambodia', ulaanbaatar: 'Mongolia', bishkek: 'Kyrgyzstan',
  dushanbe: 'Tajikistan', ashgabat: 'Turkmenistan', 'kuwait city': 'Kuwait', manama: 'Bahrain',
  wellington: 'New Zealand', 'port moresby': 'Papua New Guinea', suva: 'Fiji', quito: 'Ecuador',
  'la paz': 'Bolivia', asuncion: 'Paraguay', montevideo: 'Uruguay', paramaribo: 'Suriname',
  'panama city': 'Panama', 'san jose': 'Costa Rica', managua: 'Nicaragua', tegucigalpa: 'Honduras',
  'san salvador': 'El Salvador', 'guatemala city': 'Guatemala', 'santo domingo': 'Dominican Republic',
  'port-au-prince': 'Haiti', reykjavik: 'Iceland', valletta: 'Malta', nicosia: 'Cyprus', tirana: 'Albania',
  podgorica: 'Montenegro', sarajevo: 'Bosnia and Herzegovina', pristina: 'Kosovo',
  // The rest of the UN members' capitals, so a dateline from any of them settles the story's
  // state. Left out: capitals spelled like their state ("Singapore", "Djibouti"), which the state
  // table reads, and ones that are everyday words or common names elsewhere ("Male", "Victoria",
  // "St. John's", "Sucre").
  skopje: 'North Macedonia', vaduz: 'Liechtenstein', 'andorra la vella': 'Andorra', kinshasa: 'Democratic Republic of the Congo',
  brazzaville: 'Republic of the Congo', mbabane: 'Eswatini', maseru: 'Lesotho', praia: 'Cape Verde',
  'sao tome': 'São Tomé and Príncipe', moroni: 'Comoros', 'port louis': 'Mauritius', abidjan: "Côte d'Ivoire",
  "sana'a": 'Yemen', 'sana’a': 'Yemen', 'n’djamena': 'Chad', vientiane: 'Laos', 'bandar seri begawan': 'Brunei',
  dili: 'East Timor', 'nur-sultan': 'Kazakhstan', ramallah: 'Palestine', kingston: 'Jamaica',
  'port of spain': 'Trinidad and Tobago', bridgetown: 'Barbados', nassau: 'Bahamas', belmopan: 'Belize',
  georgetown: 'Guyana', castries: 'Saint Lucia', kingstown: 'Saint Vincent and the Grenadines', roseau: 'Dominica',
  "st. george's": 'Grenada', basseterre: 'Saint Kitts and Nevis', 'port vila': 'Vanuatu', honiara: 'Solomon Islands',
  apia: 'Samoa', "nuku'alofa": 'Tonga', 'nuku’alofa': 'Tonga', tarawa: 'Kiribati', 'south tarawa': 'Kiribati',
  majuro: 'Marshall Islands', palikir: 'Micronesia', funafuti: 'Tuvalu', yaren: 'Nauru', ngerulmud: 'Palau',
};

/** Buildings or addresses that stand for a government ("the Kremlin confirmed"). */
const SEATS: Record<string, string> = {
  kremlin: 'Russia', 'white house': 'United States', pentagon: 'United States', 'downing street': 'United Kingdom',
  whitehall: 'United Kingdom', elysee: 'France', 'élysée': 'France', 'elysée': 'France', zhongnanhai: 'China',
  'blue house': 'South Korea', 'quai d’orsay': 'France', "quai d'orsay": 'France', 'foggy bottom': 'United States',
  // Palaces and offices of heads of government elsewhere, as the press names them.
  'casa rosada': 'Argentina', 'planalto': 'Brazil',
  'palácio do planalto': 'Brazil', 'palazzo chigi': 'Italy', 'quirinale': 'Italy', 'moncloa': 'Spain', 'la moncloa': 'Spain',
  matignon: 'France', 'hôtel matignon': 'France', bankova: 'Ukraine', 'aso rock': 'Nigeria', 'union buildings': 'South Africa',
  'rashtrapati bhavan': 'India', 'malacañang': 'Philippines', 'malacanang': 'Philippines', 'miraflores palace': 'Venezuela',
  'palacio de miraflores': 'Venezuela', 'los pinos': 'Mexico', 'bundeskanzleramt': 'Germany',
};

export function stateOfCapital(surface: string): string | undefined {
  return memo(CAPITAL_STATES, surface, computeStateOfCapital);
}

function computeStateOfCapital(surface: string): string | undefined {
  // "Brasília", "Yaoundé", "Asunción": the table spells capitals without accents.
  return CAPITALS[surface.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')];
}
export function stateOfSeat(surface: string): string | undefined {
  return SEATS[surface.toLowerCase().replace(/^the\s+/, '')];
}

/** Titles before a name, with the relation they state to the state or body named before them. */
export const TITLE_RELATIONS: [RegExp, string][] = [
  [/^(foreign minister|foreign secretary|secretary of state|minister of foreign affairs)$/, 'foreign_minister_of'],
  [/^(defen[cs]e minister|defen[cs]e secretary|minister of defen[cs]e|war minister)$/, 'defence_minister_of'],
  [/^(spokesman|spokeswoman|spokesperson|press secretary)$/, 'spokesperson_of'],
  [/^(president|prime minister|premier|chancellor|king|queen|emir|sultan|emperor|supreme leader|leader|head of state|counterpart|monarch|crown prince|dictator|ruler)$/, 'leader_of'],
  [/^(ambassador|envoy|special envoy)$/, 'ambassador_of'],
  [/^(ally|key ally|longtime ally|close ally)$/, 'ally_of'],
  [/^(journalist|reporter|correspondent|editor|analyst|fellow|associate fellow|senior fellow|researcher|economist|professor|director|chairman|chairwoman|ceo|founder)$/, 'works_for'],
  [/^(\w+ )?minister$/, 'minister_of'],
  // Ministers under other names: "Interior Cabinet Secretary" (Kenya), "Minister of State".
  [/^(\w+ )?cabinet secretary$|^minister of state$/, 'minister_of'],
  [/^(trade representative|representative|high representative|special representative|senior adviser|adviser|advisor)$/, 'works_for'],
  [/^(director-general|director general|executive director|secretary-general|secretary general|chairperson|chair|head|chief executive|president of the commission)$/, 'works_for'],
  // A rank alone ("General X") holds no office; a commander commands.
  [/^(army chief|chief of staff|commander|military chief|commander-in-chief|commander in chief)$/, 'commander_of'],
];

// "a party list MP", "MEP Anna Kral", "the firm's CEO": the abbreviation of an office or a seat
// names the person holding it, never a body, though written in capitals as a body's acronym is.
// (Only abbreviations no party or agency commonly takes: "DA", "MK", "SG" name bodies too.)
const TITLE_ABBREVIATIONS = /^(MP|MPs|MEP|MEPs|MLA|MLAs|MSP|MSPs|MNA|MHA|CEO|CEOs|CFO|COO|CTO|PM)$/;

export function isTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.test(word.replace(/['’]s$/, ''));
}

// Lower-case nouns of the units a state is divided into, and of a city ("Latakia province", "the
// province of Idlib", "the Indian state of Kerala"). The readers below build their own tables of
// such nouns from this one list, each adding (or, for PLACE_OF_NOUNS, leaving out) its own words.
export const ADMIN_UNIT_NOUNS: readonly string[] = ['province', 'state', 'region', 'district', 'county', 'governorate', 'prefecture', 'municipality', 'city', 'department', 'oblast', 'territory'];

// Nouns of a settlement or a unit of the state before "of NAME" ("the town of X", "residents of Y",
// "the prefecture of Z"): what follows is a place. (A prefect or sub-prefect heads a unit of the
// state as a governor does, in France, West and Central Africa and Latin America.) Each reader
// adds its own nouns. Not "state", "department" or "territory" ("the state of emergency", "the
// department of health"): the readers that take them add them back themselves.
export const PLACE_OF_NOUNS: readonly string[] = [
  ...ADMIN_UNIT_NOUNS.filter((w) => w !== 'state' && w !== 'department' && w !== 'territory'),
  'prefect', 'sub-prefect', 'subprefect', 'residents', 'town', 'village', 'port', 'suburb', 'outskirts', 'streets', 'commune', 'canton', 'parish',
];

// "state TV", "GDP fell", "a VAT rise", "an LNG tanker": abbreviations of common nouns (media,
// measures, fuels, machines) are written in capitals as a body's acronym is, but name no body.
const COMMON_ABBREVIATIONS = /^(TV|GDP|GNP|VAT|LNG|LPG|CCTV|UAV|UAVs|SUV|DNA|HIV|AIDS|IT|AI|PR|FM|SMS|GPS)$/;

export function isCommonAbbreviation(word: string): boolean {
  return COMMON_ABBREVIATIONS.test(word.replace(/['’]s$/, ''));
}

/** Words that can make up a title before a name ("Deputy Foreign Minister", "Kremlin spokesman"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'emperor',
  'supreme', 'leader', 'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice', 'health',
  'secretary', 'state', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'deputy', 'acting', 'interim', 'former',
  'ambassador', 'envoy', 'special', 'general', 'commander', 'chief', 'army', 'military', 'head', 'of', 'crown', 'prince',
  'princess', 'counterpart', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'mayor', 'judge', 'justice',
  'journalist', 'reporter', 'correspondent', 'analyst', 'editor', 'professor', 'prof.', 'dr.', 'mr.', 'mrs.', 'ms.',
  'lt.', 'gen.', 'col.', 'colonel', 'major', 'captain', 'admiral', 'marshal', 'field', 'defence', 'staff', 'lawyer',
  'attorney', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'founder', 'diplomat', 'official', 'officer',
  'monarch', 'dictator', 'ruler', 'cleric', 'ayatollah', 'sheikh', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam',
  'fellow', 'associate', 'senior', 'ally', 'longtime', 'key', 'close', 'researcher', 'expert', 'economist', 'historian', 'activist', 'commentator',
  // Military and police ranks, written out or abbreviated ("Rear Admiral", "Gen.", "Lt. Col.", "Brig. Gen.").
  'rear', 'brigadier', 'lieutenant', 'sergeant', 'corporal', 'commodore', 'commissioner', 'inspector', 'superintendent',
  'gen', 'col', 'lt', 'maj', 'brig', 'sgt', 'capt', 'cmdr', 'adm', 'cpl', 'maj.', 'brig.', 'sgt.', 'capt.', 'cmdr.', 'adm.',
  'cpl.', 'col.', 'lt.', 'justice', 'sheikh', 'cabinet', 'adviser', 'advisor', 'chairperson', 'director-general',
  'secretary-general', 'trade',
  // Honorifics written without a full stop, as British and many other outlets do ("Ms Varga").
  'mr', 'mrs', 'ms', 'dr',
  // Forms of address and titles of honour before a name ("Dame X", "Sir Y", "His Excellency Mr Z").
  'sir', 'dame', 'excellency', 'excellencies', 'highness', 'majesty', 'madam', 'madame', 'honourable', 'honorable',
  // Clergy's titles before a name, as ranks are ("Archbishop X", "Pastor Y", "the Rev. Z").
  'archbishop', 'pastor', 'reverend', 'rev', 'rev.', 'priest', 'patriarch', 'mufti',
]);

/**
 * Names of legislatures and their houses that are single words, in any language: "the Knesset",
 * "the Bundestag", "the Duma", "the Senate", "Verkhovna Rada", "Lok Sabha". Written capitalised,
 * alone or ending a name, each names a body.
 */
export const LEGISLATURE_WORDS = [
  'senate', 'congress', 'parliament', 'duma', 'knesset', 'bundestag', 'bundesrat', 'nationalrat', 'majlis', 'rada', 'sejm',
  'storting', 'stortinget', 'riksdag', 'folketing', 'folketinget', 'eduskunta', 'althing', 'sabor', 'senedd', 'dáil',
  'seanad', 'oireachtas', 'skupstina', 'skupština', 'sobranie', 'sobranje', 'jirga', 'sabha', 'khural', 'kurultai',
  'mazhilis', 'majilis', 'kenesh', 'saeima', 'seimas', 'riigikogu', 'legislature', 'diet', 'hluttaw', 'meclis',
  'vouli', 'skupshtina', 'parlament', 'parlamento', 'tynwald', 'lagting', 'kamer', 'kammer', 'nationalversammlung',
  'landtag', 'volkskammer', 'assemblée', 'asamblea', 'assembleia', 'kongres', 'sabor', 'narodna', 'kokkai',
];

/** Words of ministerial and commission portfolios ("Minister for Digital Affairs", "Commissioner for Health"). */
export const PORTFOLIO_WORDS = new Set([
  'affairs', 'foreign', 'external', 'home', 'internal', 'interior', 'defence', 'defense', 'security', 'justice', 'finance', 'finances', 'treasury',
  'budget', 'revenue', 'customs', 'trade', 'commerce', 'industry', 'industries', 'investment', 'economy', 'economic', 'planning',
  'development', 'health', 'education', 'higher', 'labour', 'labor', 'employment', 'social', 'welfare', 'pensions', 'agriculture',
  'food', 'fisheries', 'forestry', 'forests', 'land', 'lands', 'water', 'energy', 'mines', 'mining', 'petroleum', 'oil', 'gas',
  'environment', 'climate', 'natural', 'resources', 'transport', 'transportation', 'infrastructure', 'works', 'public', 'housing',
  'urban', 'rural', 'local', 'regional', 'territorial', 'digital', 'transformation', 'innovation', 'science', 'technology',
  'communications', 'information', 'media', 'culture', 'tourism', 'sport', 'sports', 'youth', 'women', 'children', 'family',
  'families', 'gender', 'equality', 'human', 'rights', 'veterans', 'immigration', 'migration', 'refugees', 'diaspora', 'integration',
  'european', 'europe', 'relations', 'religious', 'civil', 'service', 'reform', 'reforms', 'reconciliation', 'reintegration',
  'emergencies', 'emergency', 'disaster', 'aviation', 'maritime', 'telecommunications', 'post', 'heritage', 'arts', 'national',
  'unification', 'cooperation', 'co-operation', 'peace', 'disability', 'elderly', 'consumer', 'competition', 'solidarity',
  // Further portfolios of cabinets in Africa, Asia and the Gulf: "Information and Broadcasting",
  // "Irrigation", "Railways", "Livestock", "Hajj and Awqaf", "Prisons", "Statistics".
  'broadcasting', 'communication', 'irrigation', 'railways', 'roads', 'highways', 'power', 'electricity', 'telecoms',
  'statistics', 'privatisation', 'privatization', 'minerals', 'livestock', 'wildlife', 'humanitarian', 'relief',
  'intelligence', 'prisons', 'corrections', 'legal', 'constitutional', 'parliamentary', 'ports', 'shipping', 'oceans',
  'war', 'hajj', 'awqaf', 'endowments', 'cooperatives', 'procurement',
]);

/** Nouns that end an organisation's name ("Syrian Democratic Forces", "Defence Ministry"). */
export const ORG_HEADS = new Set([
  'forces', 'army', 'navy', 'party', 'council', 'ministry', 'union', 'agency', 'front', 'committee', 'institute',
  'institution', 'group', 'corporation', 'corp', 'company', 'inc', 'ltd', 'news', 'times', 'post', 'network', 'community',
  'administration', 'government', 'court', 'parliament', 'assembly', 'bank', 'fund', 'organization', 'organisation',
  'alliance', 'movement', 'brigade', 'brigades', 'guard', 'guards', 'command', 'monitor', 'tribune', 'journal', 'herald',
  'gazette', 'press', 'agency', 'office', 'department', 'commission', 'federation', 'league', 'university', 'college',
  'foundation', 'centre', 'center', 'service', 'services', 'authority', 'congress', 'senate', 'cabinet', 'militia',
  'hospital', 'school', 'academy', 'association', 'club', 'board', 'bureau', 'tribunal', 'telegraph', 'guardian', 'observer',
  'reuters', 'television', 'tv', 'radio', 'broadcasting', 'airlines', 'airways', 'group', 'coalition', 'network',
  'unit',
  // "Human Rights Watch", "Amnesty International", "Law Society of Kenya", "Transparency Initiative".
  'watch', 'international', 'society', 'trust', 'initiative', 'project', 'programme', 'directorate', 'secretariat',
  'observatory', 'forum', 'mission', 'police', 'gendarmerie',
  // Oversight bodies: "National Superintendency of Labour Inspection", "Labour Inspectorate".
  'superintendency', 'inspectorate', 'procuracy', 'ombudsman',
  // Criminal and armed groups: "Sinaloa Cartel", "Gulf Clan", "Tren de Aragua gang".
  'cartel', 'gang', 'syndicate', 'mafia', 'clan',
  // "Marine Corps", "Africa Corps", "Peace Corps": a corps is a body.
  'corps',
  // Naval and army formations: "Northern Fleet", "Black Sea Flotilla", "3rd Regiment".
  'fleet', 'flotilla', 'squadron', 'regiment', 'battalion', 'force',
  // "French Foreign Legion", "Arab Legion": a legion is a body of troops.
  'legion', 'legions',
  // Legislatures and their houses under their own words: "Chamber of Deputies", "State Duma",
  // "Verkhovna Rada", "Lok Sabha", "State Great Khural", "Islamic Consultative Assembly".
  'chamber', 'legislature', ...LEGISLATURE_WORDS,
  // Trade unions' umbrella bodies: "General Confederation of Labour", "Workers' Central".
  'confederation',
  ...COMPANY_WORDS(),
]);


/** Words ending a company's name ("Kelvaro Technologies", "Kartal Construction"); never followed by "of" in the name. */
function COMPANY_WORDS(): string[] {
  return [
  'technologies', 'technology', 'holdings', 'industries', 'systems', 'solutions', 'partners', 'motors', 'pharmaceuticals',
  'logistics', 'labs', 'ventures', 'investments', 'resources', 'minerals', 'mining', 'telecom', 'telecommunications',
  'communications', 'enterprises', 'construction', 'engineering', 'shipping', 'petroleum', 'energy', 'securities',
  'insurance', 'maritime', 'aerospace', 'railways',
  // Plural trade nouns end a company's name as "Holdings" does ("Bay Cove Terminals", "Abu Dhabi
  // Ports", "Pacific Tankers"); the singular ("X Terminal", "X Port") is a place.
  'terminals', 'ports', 'shipyards', 'tankers', 'carriers', 'freight', 'foods', 'brands', 'textiles', 'chemicals',
  // The same trade words, and the legal forms that end a company's name, in other languages:
  // "Karadağ İnşaat", "Koç Holding", "Energia Paraná Comercial", "Construtora Norberto Odebrecht",
  // "Siemens AG", "Petrobras SA", "Volgaprom Neft", "Hyundai Heavy Industries", "Elisa Oyj".
  'inşaat', 'insaat', 'iinsaat', 'holding', 'sanayi', 'ticaret', 'comercial', 'comercio', 'comércio', 'construcciones', 'construções',
  'construcoes', 'construtora', 'constructora', 'ingeniería', 'ingenieria', 'engenharia', 'mineração', 'mineracao', 'minera',
  'industrias', 'indústrias', 'industrie', 'industria', 'gmbh', 'ag', 'sa', 'spa', 'srl', 'sarl', 'ltda', 'bv', 'nv',
  'oyj', 'plc', 'llc', 'pjsc', 'ojsc', 'jsc', 'tbk', 'bhd', 'neft', 'neftegaz', 'energia', 'energía', 'énergie',
  'petroleos', 'petróleos', 'transportes', 'logística', 'logistica', 'seguros', 'telecomunicaciones', 'telecomunicações',
  ];
}
export const COMPANY_HEADS = new Set(COMPANY_WORDS());

/** Nouns that make the name before them a place ("Latakia province", "Mediterranean coast"). */
export const PLACE_HEADS = new Set([
  'province', 'region', 'governorate', 'district', 'county', 'city', 'town', 'village', 'sea', 'coast', 'river',
  'valley', 'mountains', 'desert', 'strait', 'gulf', 'bay', 'peninsula', 'island', 'islands', 'oblast', 'state',
  'prefecture', 'territory', 'border', 'port', 'harbour', 'harbor',
  // "herders from the Sainshand area", "the Donetsk area": the country around a named town.
  'area',
  // Landing places: "Pak Bara pier", "the Kilindini jetty".
  'pier', 'jetty', 'wharf', 'quay',
  // Administrative units under other names: "East Flores regency", "Kayes municipality", "Vaud canton".
  'regency', 'municipality', 'canton', 'commune', 'parish', 'borough', 'subdistrict', 'sub-district', 'emirate',
  // Waters and landforms written in lower case after their name: "the Tarbela reservoir", "the
  // Kafue basin", "the Okavango delta", "the Aral lake", "the Tsavo plateau".
  'reservoir', 'lake', 'lakes', 'basin', 'delta', 'lagoon', 'estuary', 'glacier', 'canal', 'plateau', 'oasis', 'wetlands',
  'marshes', 'archipelago', 'atoll', 'fjord', 'steppe',
  // Electoral districts: "the Mareton South constituency", "the Tamaki electorate".
  'constituency', 'electorate',
  // The other landforms and waters a name may stand before in lower case: "the Salang pass", "the
  // Kerrin straits", "the Tubbataha reef", "the Baram gorge", "the Ibo islet". (Not the nouns
  // that are also surnames, "Hill", "Forest", "Waters", "Ridge", "Peak": this table also keeps a
  // titled person's name ending in one from being read as a person's.)
  'straits', 'pass', 'reef', 'reefs', 'highlands', 'swamp', 'gorge', 'inlet', 'islet', 'islets', 'isthmus', 'headland',
  'coastline', 'shoals', 'seas', 'ocean', 'volcano',
]);

/** Natural features: a capitalised name ending in one ("Tasman Sea", "Indian Ocean") or led by one
 * ("Lake Van", "Gulf of Aden", "Mount Kenya") is a place, whatever the words before it. */
export const GEO_TAILS = new Set([
  'sea', 'seas', 'ocean', 'gulf', 'strait', 'straits', 'bay', 'river', 'mountain', 'mountains', 'lake', 'island', 'islands',
  'peninsula', 'desert', 'valley', 'coast', 'canal', 'plateau', 'highlands', 'delta', 'archipelago', 'lagoon', 'reef',
  'hills', 'basin', 'glacier', 'range',
  // Built places: "Tahrir Square", "Capitol Hill", "Golan Heights", "Malacañang Palace".
  'square', 'street', 'avenue', 'road', 'boulevard', 'bridge', 'park', 'hill', 'heights', 'palace', 'mansion', 'stadium',
  'terminal',
  // Works that hold or carry water, oil or traffic, named for a place: "Hoover Dam", "Aswan High
  // Dam", "Farakka Barrage", "Trans-Alaska Pipeline", "Channel Tunnel" -- places, not bodies, though
  // a capitalised common noun ends the name as one ends a body's.
  'dam', 'barrage', 'weir', 'causeway', 'pipeline', 'tunnel', 'aqueduct',
  // "Quezon City", "Kuwait City", "Fuvah City": a town named with its noun is a place.
  'city',
  // Coastal features and landings: "Morant Point", "Kingston Harbour", "Botany Bay", "Padstow Cove".
  'point', 'harbour', 'harbor', 'cove', 'inlet', 'estuary', 'fjord', 'atoll', 'headland', 'beach', 'lagoons', 'creek',
  // Inland features: "Victoria Falls", "Khyber Pass", "Rift Valley", "Great Plains", "Mount Kenya Forest".
  'falls', 'pass', 'gorge', 'plain', 'plains', 'forest', 'peak', 'ridge', 'volcano', 'oasis', 'steppe', 'marshes', 'swamp',
  'reservoir', 'lakes', 'rivers', 'wetlands', 'isthmus', 'islet', 'islets', 'shoal', 'shoals', 'firth', 'loch', 'lough',
  // The same nouns ending a name in other languages, as the tokenizer normalises them: Persian and
  // Turkic "darya" and "rud" (river: "Amu Darya", "Zayandeh Rud"), Turkish "nehri" (river),
  // "dagi"/"dag" (mountain), "golu"/"gol" (lake), Mongolian "gol" (river: "Khalkhin Gol") and
  // "nuur" (lake), Kyrgyz and Kazakh "kul"/"kol" (lake: "Issyk Kul"), Arabic "wadi" after a name.
  'darya', 'rud', 'rood', 'nehri', 'dagi', 'dag', 'golu', 'gol', 'nuur', 'kul', 'kol',
]);
export const GEO_LEADS = new Set(['lake', 'mount', 'mt', 'gulf', 'strait', 'straits', 'bay', 'cape', 'isle', 'sea', 'river',
  // The same nouns, and squares, palaces, streets and parks, opening a name in Spanish, Portuguese,
  // Italian and French, as the tokenizer normalises them: "Plaza de Armas", "Palacio de Gobierno",
  // "Praça dos Três Poderes", "Piazza Venezia", "Lago Titicaca", "Cerro Rico", "Bahía Blanca".
  'plaza', 'praca', 'piazza', 'palacio', 'palazzo', 'avenida', 'calle', 'rua', 'parque', 'puente', 'ponte', 'estadio',
  'isla', 'ilha', 'isola', 'lago', 'laguna', 'cerro', 'sierra', 'monte', 'bahia', 'cabo', 'playa', 'volcan', 'golfo', 'estrecho',
  'lac', 'mont', 'baie', 'golfe', 'ile', 'pointe', 'riviere', 'palais', 'rue', 'parc', 'pont', 'quai',
  // Opening a name in Arabic ("Wadi Hadramawt", "Jebel Marra", "Bahr el-Ghazal", "Nahr al-Bared"),
  // Malay and Indonesian ("Pulau Tioman", "Gunung Merapi", "Danau Toba", "Sungai Kapuas", "Selat
  // Sunda", "Teluk Bintuni") and Russian ("Ozero Khanka"). (Not Portuguese "Rio": "Rio Tinto" is
  // a company as often as "Rio Negro" a river.)
  'wadi', 'jebel', 'jabal', 'djebel', 'bahr', 'nahr', 'pulau', 'gunung', 'danau', 'sungai', 'selat', 'teluk', 'ozero']);

/** Regions that are never states ("the Middle East"). */
export const REGION_NAMES = new Set([
  'middle east', 'near east', 'far east', 'europe', 'asia', 'africa', 'north africa', 'sub-saharan africa', 'latin america',
  'south america', 'north america', 'central asia', 'southeast asia', 'south asia', 'east asia', 'caucasus', 'balkans',
  'gulf', 'persian gulf', 'mediterranean', 'black sea', 'red sea', 'baltic', 'arctic', 'sahel', 'levant', 'west bank',
  'gaza', 'gaza strip', 'donbas', 'crimea', 'kurdistan', 'scandinavia', 'pacific', 'atlantic', 'indo-pacific',
]);

// The points of the compass, as written before "of" ("west of X") or before a name ("North Africa").
export const COMPASS_POINTS = ['north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest'];
/** One compass point ("west" in "west of X"). */
export const COMPASS_POINT = new RegExp(`^(${COMPASS_POINTS.join('|')})$`);
// A compass word opening a region's or a unit's name: a point, "central" or a compass adjective.
export const COMPASS_WORDS = new RegExp(`^(${[...COMPASS_POINTS, 'central', 'northern', 'southern', 'eastern', 'western'].join('|')})$`);

/** A region or continent by name, a compass word allowed before it ("Africa", "West Africa", "Southern Europe"). */
export function isRegionName(label: string): boolean {
  const key = label.toLowerCase().replace(/^the\s+/, '');
  if (REGION_NAMES.has(key)) return true;
  const m = /^(\S+)\s+(.+)$/.exec(key);
  return !!m && COMPASS_WORDS.test(m[1]) && REGION_NAMES.has(m[2]);
}
