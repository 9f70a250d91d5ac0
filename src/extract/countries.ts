// Country names and demonyms as compromise's dictionary files them, kept here as plain data so
// that building the graph (which asks whether a name is a state's, `gazetteer.stateName`, or a
// state's people's, `gazetteer.stateOfDemonym`) does not need compromise: a returning visit's
// worker draws the graph from saved extractions without downloading or evaluating the tagger.
// Generated from compromise's lexicon (`nlp.model().one.lexicon`); tests/perfCountries.test.ts
// checks they still agree with it, so an upgrade of compromise cannot let them drift apart.

/**
 * Lower-cased names compromise tags Country, less those gazetteer.ts holds to be territories or a
 * state's constituent countries (`isTerritory`: "puerto rico", "scotland"). Short and old forms
 * ("uk", "burma", "ussr") are here as compromise has them; `STATE_ALIASES` gives their state.
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'america', 'andorra', 'angola', 'antigua and barbuda', 'argentina',
  'armenia', 'australia', 'austria', 'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus',
  'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia and herzegovina', 'botswana', 'bouvet island',
  'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burma', 'burundi', 'cambodia', 'cameroon', 'canada',
  'cape verde', 'central african republic', 'chile', 'china', 'colombia', 'comoros', 'congo brazzaville',
  'costa rica', 'cote de ivoire', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark',
  'djibouti', 'dominica', 'dominican republic', 'dr congo', 'east timor', 'ecuador', 'egypt', 'el salvador',
  'equatorial guinea', 'eritrea', 'estonia', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia',
  'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guinea bissau', 'guyana', 'haiti',
  'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'ivory coast', 'jamaica', 'japan', 'kazakhstan', 'keeling islands', 'kenya', 'kiribati', 'korea', 'kosovo',
  'kuwait', 'kyrgyzstan', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania',
  'luxembourg', 'macedonia', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta',
  'marshall islands', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia',
  'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nauru', 'nepal', 'netherlands', 'new zealand',
  'nicaragua', 'niger', 'nigeria', 'north korea', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama',
  'papua new guinea', 'paraguay', 'peru', 'poland', 'portugal', 'qatar', 'republic of ireland', 'romania',
  'russia', 'rwanda', 'saint lucia', 'samoa', 'san marino', 'saudi arabia', 'senegal', 'serbia', 'seychelles',
  'sierra leone', 'singapore', 'slovakia', 'slovenia', 'solomon islands', 'somalia', 'south africa',
  'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'swaziland', 'sweden', 'switzerland',
  'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'timor leste', 'togo', 'tonga',
  'trinidad and tobago', 'trinidad tobago', 'tunisia', 'turkey', 'turkmenistan', 'tuvalu', 'uganda', 'uk',
  'ukraine', 'united arab emirates', 'united kingdom', 'united states', 'united states of america', 'uruguay',
  'usa', 'ussr', 'uzbekistan', 'vanuatu', 'vatican city', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe'
]);

/** Lower-cased words compromise tags Demonym, its odd plurals ("chineses") included. */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'afghan', 'afghans', 'african', 'africans', 'albanian', 'albanians', 'algerian', 'algerians', 'american',
  'americans', 'angolan', 'angolans', 'argentine', 'argentines', 'armenian', 'armenians', 'asian', 'asians',
  'aussie', 'aussies', 'australian', 'australians', 'austrian', 'austrians', 'bangladeshi', 'bangladeshis',
  'belarusian', 'belarusians', 'belgian', 'belgians', 'bolivian', 'bolivians', 'bosnian', 'bosnians',
  'brazilian', 'brazilians', 'brit', 'brits', 'bulgarian', 'bulgarians', 'californian', 'californians',
  'cambodian', 'cambodians', 'cameroonian', 'cameroonians', 'canadian', 'canadians', 'chadian', 'chadians',
  'chilean', 'chileans', 'chinese', 'chineses', 'colombian', 'colombians', 'congolese', 'congoleses', 'croat',
  'croatian', 'croatians', 'croats', 'cuban', 'cubans', 'czech', 'czeches', 'dane', 'danes', 'dominican',
  'dominicans', 'dutch', 'dutches', 'ecuadorian', 'ecuadorians', 'egyptian', 'egyptians', 'emirati', 'emiratis',
  'englishman', 'englishmans', 'estonian', 'estonians', 'ethiopian', 'ethiopians', 'european', 'europeans',
  'filipino', 'filipinos', 'french', 'frenches', 'gambian', 'gambians', 'georgian', 'georgians', 'german',
  'germans', 'ghanaian', 'ghanaians', 'greek', 'greeks', 'guatemalan', 'guatemalans', 'haitian', 'haitians',
  'hindi', 'hindis', 'honduran', 'hondurans', 'hungarian', 'hungarians', 'icelandic', 'icelandics', 'indian',
  'indians', 'indonesian', 'indonesians', 'iranian', 'iranians', 'iraqi', 'iraqis', 'irishman', 'irishmans',
  'israeli', 'israelis', 'italian', 'italians', 'ivorian', 'ivorians', 'jamaican', 'jamaicans', 'japanese',
  'japaneses', 'jordanian', 'jordanians', 'kazakh', 'kazakhs', 'kenyan', 'kenyans', 'korean', 'koreans',
  'kuwaiti', 'kuwaitis', 'lao', 'laos', 'latvian', 'latvians', 'lebanese', 'lebaneses', 'liberian', 'liberians',
  'libyan', 'libyans', 'lithuanian', 'lithuanians', 'macedonian', 'macedonians', 'malagasies', 'malagasy',
  'malaysian', 'malaysians', 'mexican', 'mexicans', 'mongolian', 'mongolians', 'moroccan', 'moroccans',
  'namibian', 'namibians', 'nicaraguan', 'nicaraguans', 'nigerian', 'nigerians', 'nigerien', 'nigeriens',
  'norwegian', 'norwegians', 'omani', 'omanis', 'pakistani', 'pakistanis', 'palestinian', 'palestinians',
  'panamanian', 'panamanians', 'paraguayan', 'paraguayans', 'peruvian', 'peruvians', 'philippine',
  'philippines', 'portuguese', 'portugueses', 'puerto rican', 'puerto ricans', 'qatari', 'qataris', 'romanian',
  'romanians', 'russian', 'russians', 'rwandan', 'rwandans', 'samoan', 'samoans', 'saudi', 'saudis', 'scottish',
  'scottishes', 'senegalese', 'senegaleses', 'serbian', 'serbians', 'singaporean', 'singaporeans', 'slovak',
  'slovaks', 'somalian', 'somalians', 'spaniard', 'spaniards', 'sudanese', 'sudaneses', 'swede', 'swedes',
  'swiss', 'swisses', 'syrian', 'syrians', 'taiwanese', 'taiwaneses', 'texan', 'texans', 'thai', 'thais',
  'trinidadian', 'trinidadians', 'tunisian', 'tunisians', 'turkmen', 'turkmens', 'ugandan', 'ugandans',
  'ukrainian', 'ukrainians', 'venezuelan', 'venezuelans', 'vietnamese', 'vietnameses', 'welsh', 'welshes',
  'zambian', 'zambians', 'zimbabwean', 'zimbabweans'
]);
