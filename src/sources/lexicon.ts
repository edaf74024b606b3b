/**
 * Word lists the source finders share. Small, article-independent and all
 * lowercase (tokens are compared by their lowercase form, periods kept).
 */

function words(value: string): Set<string> {
  return new Set(value.split(/\s+/).filter(Boolean))
}

/** Phrases written with `_` between their words, stored with spaces. */
function phrases(value: string): Set<string> {
  return new Set(value.split(/\s+/).filter(Boolean).map((item) => item.replace(/_/g, ' ')))
}

/**
 * Last words of an organization’s name (“Arms Control *Association*”,
 * “Human Rights *Watch*”, “The Washington *Post*”).
 */
export const orgHeads = words(`
  association associations campaign watch enforcement protection department dept. ministry agency agencies committee
  commission council party institute institutes institution academies university college school academy foundation
  fund corp. corp corporation inc. inc incorporated co. company companies ltd. ltd llc plc group
  network news post times journal tribune herald gazette chronicle telegraph guardian review globe courant
  magazine press wire radio television tv broadcasting broadcasting-company channel bureau office journalism
  service services administration authority board court tribunal senate house assembly parliament
  congress legislature caucus coalition alliance union federation league society center centre
  organization organisation centers centres project initiative forum trust bank reserve exchange partners
  industries enterprises holdings systems technologies labs laboratories laboratory hospital clinic
  church mosque synagogue army navy marines corps command guard police force forces patrol
  agency's federation movement front brigade brigades regiment division unit team club
  consortium conference cooperative panel council's inc.'s watchdog pac super-pac convention chamber
  observer insider caller enquirer inquirer examiner dispatch sentinel courier bulletin register beacon
  therapeutics pharmaceuticals pharma biosciences biotech sciences healthcare airlines airways motors
  petroleum communications entertainment studios pictures brands bancorp investments ventures realty
  logistics railroad railway utilities insurance electronics steel foods chemicals securities semiconductor
  programme
  archive archives observatory roundtable guild confederation
`)

/**
 * Acronyms of common nouns (“its PC division”, “AI chips”, “the GDP”): no
 * organization, whatever their capitals.
 */
export const commonAcronyms = words(`
  pc pcs tv tvs ai gdp ceo ceos cfo coo cto cio ipo ipos ev evs suv suvs dna rna hiv aids covid
  icu er gps phd mba atm atms usb led leds vr ar hr pr id ids gpa nft nfts etf etfs ira iras
  co2 lgbt lgbtq ufo ufos mri pdf html url api apis cpu cpus gpu gpus ram ssd lte wifi rv rpm mph
  dui ptsd adhd iq diy faq rsvp vip vips
`)

/**
 * Organizations known by a name with no head word (`the Pentagon`,
 * `Congress`), and well-known outlets and bodies.
 */
export const orgNames = words(`
  pentagon kremlin congress senate parliament nato un u.n. eu e.u. opec who interpol fbi cia nsa
  dhs doj dod irs fda cdc epa fcc sec ftc nasa faa fema ice atf dea gop dnc rnc aclu naacp nra
  imf wto unicef unhcr hamas hezbollah taliban isis isil al-qaeda reuters bloomberg politico axios
  cnn msnbc cnbc nbc abc cbs pbs npr bbc fox breitbart ap afp upi vox slate buzzfeed gallup pew
  google facebook twitter apple amazon microsoft meta tesla boeing exxon exxonmobil walmart
  mcclatchy quinnipiac marist rasmussen ipsos yougov the-white-house
  jpmorgan citigroup citibank lockheed northrop raytheon chevron pfizer moderna verizon comcast halliburton
  monsanto walgreens starbucks netflix uber airbnb toyota samsung volkswagen siemens nestle unilever
  nvidia intel ibm oracle disney paramount spotify tiktok bytedance huawei alibaba tencent aramco gazprom
  politifact realclearpolitics insidesources mediaite newsmax thinkprogress townhall salon drudge
  xinhua yonhap kyodo tass interfax dpa ansa efe pti ians anadolu kcna irna tasnim wafa bernama
  cctv cgtn nhk billboard anthropic openai spacex espn alphabet
  fed ecb
  harvard yale princeton stanford georgetown dartmouth mit
  f.b.i. c.i.a. n.s.a. i.r.s. s.e.c. e.p.a. f.d.a. c.d.c. f.c.c. f.t.c. n.r.a. a.c.l.u. d.n.c. r.n.c. g.o.p.
  n.a.a.c.p. d.h.s. n.a.t.o. f.a.a. f.e.c. f.e.m.a. t.s.a. n.i.h. c.b.o. g.a.o. o.m.b. i.m.f. n.l.r.b. s.e.i.u. u.a.w.
  d.e.a. a.t.f. e.e.o.c. o.s.h.a. n.t.s.b. n.o.a.a. n.a.s.a. u.s.d.a. h.u.d. d.o.j. n.c.a.a. a.m.a.
`)

/**
 * Short names news uses for a body named in full elsewhere, whose letters
 * are not its initials (`the Fed` for the Federal Reserve); initials
 * (“CDC”) are found without a list.
 */
export const shortForms = new Map([['federal reserve', 'fed']])

/**
 * Organization names of several words with no head word (lowercase).
 */
export const orgPhrases = phrases(`
  liberal_democrats social_democrats christian_democrats free_democrats sweden_democrats
  freddie_mac fannie_mae wells_fargo home_depot best_buy general_dynamics
  white_house state_department justice_department defense_department supreme_court
  united_nations european_union associated_press fox_news fox_business wall_street
  general_motors general_electric general_mills goldman_sachs morgan_stanley planned_parenthood
  amnesty_international human_rights_watch black_lives_matter the_new_york_times
  new_york_times washington_post los_angeles_times wall_street_journal daily_beast
  huffington_post the_hill the_atlantic the_economist the_guardian capitol_hill
  public_policy_polling monmouth_university emerson_college
  wells_fargo lockheed_martin merrill_lynch lehman_brothers bear_stearns charles_schwab goldman_sachs_group
  procter_and_gamble general_dynamics exxon_mobil royal_dutch_shell british_petroleum
  usa_today daily_caller daily_mail new_york_post washington_examiner washington_times national_review
  business_insider zero_hedge real_clear_politics the_blaze good_morning_america meet_the_press
  face_the_nation fox_and_friends morning_joe priorities_usa the_weekly_standard weekly_standard
  le_monde le_figaro le_parisien les_echos der_spiegel die_zeit el_pais el_país el_mundo la_repubblica
  corriere_della_sera al_jazeera
  u.s._geological_survey us_geological_survey united_states_geological_survey british_geological_survey
  geological_survey ordnance_survey world_food_programme world_food_program
  un_development_programme united_nations_development_programme
  con_edison consolidated_edison cal_fire downing_street
`)

/**
 * Kinds of organization a name follows in apposition (“the journal Nature
 * Medicine”, “the law firm Mayer Brown”; not “group”: “the group Fiorina
 * addressed”).
 */
export const orgKindNouns = words(`
  journal newspaper magazine tabloid website blog network channel broadcaster outlet publisher
  company firm startup conglomerate nonprofit charity organization organisation agency bank airline
  studio retailer manufacturer automaker insurer lender union think-tank tank watchdog
  chipmaker carmaker drugmaker planemaker steelmaker provider regulator utility operator supplier
`)

/** Nouns after a name that make an organization of it (“the Trump administration”). */
export const orgNouns = words(`administration campaign government military embassy regime camp junta cabinet`)

/** One-word US states that are places (Georgia, also a country and a name, is not). */
const stateWords = `
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
  utah vermont virginia washington wisconsin wyoming
`

/** The states of the United States, lowercase (“of Kentucky” after a lawmaker’s name is a state). */
export const usStates = new Set([
  ...words(stateWords),
  'georgia',
  ...phrases('new_york new_jersey new_hampshire new_mexico north_carolina south_carolina north_dakota south_dakota west_virginia rhode_island')
])

/**
 * Places: not sources unless they speak (“Russia said”). Countries, US
 * states with their AP abbreviations, capitals and large cities.
 */
export const places = words(`
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada
  chad chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england
  eritrea estonia ethiopia europe finland france gaza georgia germany ghana greece guatemala haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania
  luxembourg macedonia madagascar malaysia mali malta mexico moldova mongolia montenegro morocco
  mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
  palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland
  senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
  tajikistan tanzania thailand tibet tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
  venezuela vietnam wales yemen zambia zimbabwe africa asia america americas antarctica eurasia
  crimea donbas kashmir kurdistan balkans caribbean scandinavia siberia
  ${stateWords}
  ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn.
  miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. vt. va. wash. wis. wyo.
  u.s. us usa u.s.a. u.k. uk d.c. n.y. n.j. n.h. n.c. n.d. n.m. s.c. s.d. r.i. w.va.
  moscow kyiv kiev beijing tokyo london paris berlin rome madrid brussels geneva vienna warsaw
  ankara tehran baghdad damascus kabul islamabad delhi mumbai seoul pyongyang jerusalem cairo
  riyadh dubai doha havana caracas ottawa toronto montreal vancouver sydney melbourne
  manila hanoi bangkok jakarta taipei canberra nairobi abuja khartoum beirut amman ramallah
  minsk vilnius riga tallinn helsinki oslo stockholm copenhagen dublin lisbon budapest prague
  bucharest belgrade zagreb tbilisi yerevan baku dhaka kathmandu kinshasa pretoria bogota brasilia
  chicago houston phoenix philadelphia dallas austin denver boston seattle atlanta miami detroit
  baltimore cleveland milwaukee minneapolis pittsburgh cincinnati orlando tampa charlotte
  nashville memphis louisville portland sacramento manhattan brooklyn queens bronx harlem
  hollywood baghdad aleppo mosul raqqa fallujah benghazi tripoli sanaa
  westminster brussels davos midwest
  leeds manchester birmingham liverpool glasgow edinburgh cardiff belfast bristol sheffield
  nottingham leicester
`)

/** Place names of several words (lowercase). */
export const placePhrases = phrases(`
  united_states united_kingdom south_korea north_korea south_africa new_zealand saudi_arabia
  united_arab_emirates new_york new_jersey new_hampshire new_mexico north_carolina south_carolina
  north_dakota south_dakota west_virginia rhode_island los_angeles san_francisco san_diego
  las_vegas new_orleans salt_lake_city kansas_city st._louis hong_kong middle_east latin_america
  south_america north_america central_america east_asia southeast_asia west_bank gaza_strip
  persian_gulf south_china_sea sri_lanka costa_rica el_salvador puerto_rico ivory_coast
  the_united_states the_netherlands czech_republic dominican_republic soviet_union
  washington_d.c. new_york_city des_moines palm_beach mar-a-lago silicon_valley wall_street
  deep_south
`)

/** Last words of place names (“Korean *Peninsula*”). */
export const geoHeads = words(`
  peninsula river sea ocean mountains mountain island islands valley county city state states
  province region street avenue ave. boulevard blvd. square park airport bay gulf strait lake
  desert coast border district township village borough canyon harbor harbour highway bridge
  heights hills beach falls plaza tower towers building hall hotel palace stadium arena capitol strip
  mansion stream creek reserve forest preserve northwest northeast southwest southeast midwest
  monument memorial refuge sanctuary reef shoal glacier reservoir dam trail
`)

/** Last words of things that are neither people nor organizations (“Gulf *War*”). */
export const thingHeads = words(`
  war wars act acts treaty treaties program programme convention agreement accord accords day
  week month year games olympics cup award awards prize amendment doctrine bill law plan summit
  debate debates show series election elections primary primaries caucuses era revolution crisis
  storm storms hurricane hurricanes typhoon typhoons cyclone cyclones pandemic scandal affair case trial tour festival march rally speech address
  conference protocol resolution deal memo report order code rule rules constitution
  declaration manifesto charter budget index survey poll census article chapter section clause
  movie film book album song novel live night inventory database registry average
`)

/** Month and day names (and their abbreviations). */
export const calendar = words(`
  january february march april may june july august september october november december
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  monday tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. thurs. fri.
  sat. sun. christmas easter thanksgiving ramadan
`)

/** Weekdays: a capitalised sequence starting with one is never a name. */
export const weekdays = words(`monday tuesday wednesday thursday friday saturday sunday`)

/** Month names (and abbreviations) to one form, to compare “Dec. 2” and “December”. */
export const months = new Map<string, string>(
  [
    ['jan.', 'january'],
    ['feb.', 'february'],
    ['mar.', 'march'],
    ['apr.', 'april'],
    ['jun.', 'june'],
    ['jul.', 'july'],
    ['aug.', 'august'],
    ['sep.', 'september'],
    ['sept.', 'september'],
    ['oct.', 'october'],
    ['nov.', 'november'],
    ['dec.', 'december']
  ]
)

/**
 * Adjectives of nationality, party and religion: capitalised but not names
 * when a lowercase noun follows (“Russian army”, “Democratic lawmakers”).
 */
export const demonyms = words(`
  american african asian european british english french german italian spanish portuguese
  russian ukrainian chinese japanese korean vietnamese indian pakistani afghan iranian iraqi
  syrian israeli palestinian arab arabic egyptian saudi turkish kurdish greek polish dutch swedish
  norwegian danish finnish irish scottish welsh canadian mexican cuban brazilian argentine
  venezuelan colombian australian nigerian kenyan ethiopian somali libyan lebanese jordanian
  yemeni qatari emirati belarusian georgian armenian serbian croatian bosnian hungarian czech
  romanian bulgarian taiwanese tibetan muslim christian catholic protestant evangelical jewish
  hindu sikh buddhist mormon sunni shiite shia latino latina hispanic asian-american
  african-american democratic republican democrat gop liberal conservative progressive libertarian
  socialist communist western eastern northern southern soviet federal national global
  international confederate islamic nato-led u.s.-led western-backed pro-russian anti-trump
  pro-trump
`)

/** Names of God: invoked and quoted in news, never the antecedent of a pronoun (“Sherman joked that God did not want her to … “…,” he said”). */
export const deities = words(`god allah almighty`)

/** Capitalised plural nouns naming a group (“Democrats”, “Americans”). */
export const capitalGroups = words(`
  democrats republicans americans conservatives liberals progressives libertarians socialists
  independents evangelicals catholics christians muslims jews mormons latinos latinas hispanics
  europeans russians ukrainians chinese israelis palestinians iranians iraqis syrians afghans
  kurds saudis mexicans canadians britons germans french japanese koreans indians pakistanis
  africans asians arabs turks greeks poles cubans venezuelans millennials baby-boomers boomers
  trumpers never-trumpers dems tories brexiteers remainers unionists loyalists nationalists separatists
  whigs federalists anti-federalists jacobins bolsheviks neocons neoconservatives
`)

/**
 * Verbs of headlines that are no cue words (“Sanders Beats Clinton”,
 * “Clinton Wades In”; cue words are checked apart), and no one’s name
 * either: not “Sparks”, “Stokes”, “Banks”.
 */
export const headlineVerbs = words(`
  beats burns wins loses gets got takes makes leads trails joins eyes faces conflates addresses picks drops quits
  releases receives opens returns targets meets visits signs sues
  hammers slams blasts rips knocks bashes torches mocks corners exploits grills confronts skewers trolls taunts
  shreds destroys crushes trashes lashes hits tops edges surges gains soars plunges nabs snags lands
  fires hires backs dumps ditches snubs stuns shocks rocks hails honors
  spurns rebuffs keeps vows wades defends rejects dismisses pledges touts swipes jabs scolds slaps mulls weighs
  rallies stumps vetoes blocks pushes presses pans lauds thanks blames accuses unveils launches seeks wants
  needs tries sets puts looks goes comes moves turns fights bets cites hints draws brings offers shows
  lets leaves pays owes cuts steps doubles digs lays pulls spars tweets dodges ducks bristles pounces unloads
  fumes balks bows caves clashes eases embraces reverses retreats softens stands sticks struggles
`)

/** Plural nouns heading a group mention (“human rights *groups*”, “ordnance *experts*”). */
export const groupHeads = words(`
  groups organizations organisations experts officials analysts critics lawmakers legislators politicians
  activists advocates residents voters supporters opponents observers scientists researchers
  economists diplomats leaders members investigators prosecutors authorities conservatives
  liberals progressives protesters protestors demonstrators witnesses doctors physicians nurses
  teachers parents students workers employees staffers aides advisers advisors strategists
  pollsters historians commentators pundits campaigners environmentalists skeptics sceptics
  proponents detractors insiders allies donors delegates senators congressmen congresswomen
  governors mayors judges lawyers attorneys agencies unions militants rebels citizens
  democrats republicans executives managers officers generals commanders veterans troops soldiers
  farmers scholars academics specialists consultants operatives volunteers organizers organisers
  representatives spokespeople spokesmen negotiators regulators ministers diplomats envoys
  clerics bishops manufacturers makers producers companies firms businesses retailers banks lenders investors
  economists forecasters polls surveys families victims survivors refugees migrants immigrants
  fans viewers readers journalists reporters editors correspondents countries nations governments states
  allies partners traders brokers dealers bankers rivals backers boosters biographers reviewers
  followers loyalists employers policymakers policy-makers officeholders charities nonprofits
  machinists mechanics pilots drivers miners dockworkers autoworkers steelworkers firefighters
  astronomers astrophysicists physicists biologists chemists epidemiologists engineers
  owners landlords tenants shoppers consumers customers patients homeowners renters
  family couple neighbors neighbours relatives villagers coworkers co-workers passengers classmates
  kids children grandkids folks mourners participants attendees audiences crowds partisans
  superdelegates
`)

/** Heads of anonymous mentions (“a *source*”, “*people* familiar with …”). */
export const anonymousHeads = words(`
  source sources official officials person people aide aides individual individuals insider
  insiders diplomat diplomats adviser advisers advisor advisors staffer staffers employee
  employees someone confidant confidants associate associates ally allies
`)

/** Anonymous heads that are anonymous on their own (“a source”, “sources said”). */
export const alwaysAnonymous = words(`source sources insider insiders someone confidant confidants`)

/** Anonymous heads that are anonymous when indefinite and singular (“an official said”). */
export const anonymousWhenIndefinite = words(`
  official aide diplomat adviser advisor staffer employee insider associate ally person individual
`)

/**
 * Nouns that head a document description (“the *memo*”, “a Dec. 2
 * *document*”), mapped to a class: descriptions of one class can name the
 * same document.
 */
export const documentHeads = new Map<string, string>([
  ['memo', 'memo'],
  ['memos', 'memo'],
  ['memorandum', 'memo'],
  ['document', 'memo'],
  ['documents', 'memo'],
  ['directive', 'memo'],
  ['guidance', 'memo'],
  ['cable', 'memo'],
  ['dossier', 'memo'],
  ['policy', 'policy'],
  ['report', 'report'],
  ['study', 'report'],
  ['investigation', 'investigation'],
  ['investigations', 'investigation'],
  ['calculations', 'report'],
  ['probe', 'investigation'],
  ['inquiry', 'investigation'],
  ['trial', 'report'],
  ['analysis', 'report'],
  ['assessment', 'report'],
  ['slide', 'report'],
  ['slides', 'report'],
  ['sheet', 'report'],
  ['inventory', 'report'],
  ['database', 'report'],
  ['registry', 'report'],
  ['audit', 'report'],
  ['review', 'report'],
  ['findings', 'report'],
  ['survey', 'poll'],
  ['poll', 'poll'],
  ['averages', 'poll'],
  ['statement', 'statement'],
  // (“its audited financial statements”: a group of statements was a group.)
  ['statements', 'statement'],
  ['release', 'statement'],
  ['letter', 'letter'],
  ['email', 'email'],
  ['e-mail', 'email'],
  ['emails', 'email'],
  ['tweet', 'tweet'],
  ['tweets', 'tweet'],
  ['post', 'tweet'],
  ['posts', 'tweet'],
  ['order', 'order'],
  ['ruling', 'ruling'],
  ['decision', 'ruling'],
  ['opinion', 'ruling'],
  ['filing', 'filing'],
  ['filings', 'filing'],
  ['lawsuit', 'filing'],
  ['complaint', 'filing'],
  ['indictment', 'indictment'],
  ['affidavit', 'filing'],
  ['motion', 'filing'],
  ['transcript', 'transcript'],
  ['readout', 'transcript'],
  ['bill', 'bill'],
  ['legislation', 'bill'],
  ['law', 'law'],
  ['regulation', 'law'],
  ['guidelines', 'law'],
  ['plan', 'plan'],
  ['proposal', 'plan'],
  ['budget', 'plan'],
  ['platform', 'plan'],
  ['website', 'website'],
  ['ad', 'ad'],
  ['ads', 'ad'],
  ['advertisement', 'ad'],
  ['spot', 'ad'],
  ['commercial', 'ad'],
  ['video', 'video'],
  ['videos', 'video'],
  ['clip', 'video'],
  ['footage', 'video'],
  // (What a picture shows is the article’s evidence, as a video’s is:
  // “Photographs show …” was a person, “Pictures show …” a studio.)
  // (Plurals only: a singular is often a compound’s modifier, “a photo
  // line”, “photo ID”, and then the “it” nearby would go to it.)
  ['photos', 'photo'],
  ['photographs', 'photo'],
  ['images', 'photo'],
  ['pictures', 'photo'],
  ['book', 'book'],
  ['article', 'article'],
  ['op-ed', 'article'],
  ['editorial', 'article'],
  ['column', 'article'],
  ['estimate', 'estimate'],
  ['estimates', 'estimate'],
  ['projection', 'estimate'],
  ['projections', 'estimate'],
  ['forecast', 'estimate'],
  ['data', 'data'],
  ['records', 'data'],
  ['figures', 'data'],
  ['tool', 'data'],
  ['tracker', 'data'],
  ['statistics', 'data'],
  ['results', 'data'],
  ['paper', 'report'],
  // (“Research suggests …”, “Greenberg’s research shows …”: what a study
  // found, named without one; alone at a sentence start it was a person.)
  ['research', 'report'],
  ['treaty', 'treaty'],
  ['agreement', 'treaty'],
  ['resolution', 'resolution']
])

/**
 * Verbs (and verb-like words) that may follow a document head without making
 * it a compound (“the memo *says*”): any other lowercase plural after the head
 * makes it a modifier (“policy *reversals*”).
 */
export const documentVerbs = words(`
  says said claims claimed states stated shows showed suggests suggested notes noted calls called
  outlines outlined does did has had was is were are adds added argues argued recommends
  recommended requires required allows allowed bans banned prohibits prohibited orders ordered
  directs directed warns warned finds found concludes concluded reads read indicates indicated
  reveals revealed details detailed describes described cites cited estimates estimated
  predicts predicted projects projected lists listed includes included seeks sought would will
  could may might also obtained reviewed released published issued sent signed
`)

/** Words that open a noun phrase before a description’s modifiers. */
export const determiners = words(`a an the this that these those another one two three four five several some many`)

/** Determiners that make a description refer back (“*the* memo”). */
export const definiteDeterminers = words(`the this that these those`)

/** Particles inside person names (“Ursula von der Leyen”, “Osama bin Laden”). */
export const particles = words(`de del della der den di da do dos das du la le van von ter ten bin ibn al el ben abu st. y`)

/** Suffixes after a person’s name. */
export const suffixes = words(`jr. jr sr. sr ii iii iv v esq. phd ph.d. md m.d.`)

/** Lowercase words that may join the words of an organization’s name (“Campaign *to* Ban Landmines”). */
export const orgConnectors = words(`of for to on and the & against at`)

/**
 * Capitalised words that open a sentence or clause without being part of a
 * name (“*The* Pentagon”, “*Despite* its …”).
 */
export const openers = words(`
  the a an in on at for but and or nor so yet if when while after before since although though
  because as with without by from to of into onto about over under between among during despite
  until unless whether where which who whom whose what why how this that these those there here
  then now still also even only just both each every either neither some many most more much
  several few other others another all any no not none one two three four five six seven eight
  nine ten first last next he she it they we i you his her its their our my your me us them him
  meanwhile however instead indeed moreover furthermore yes oh well like unlike according amid
  against across along around behind beyond inside outside near per via toward towards upon
  within asked earlier later today yesterday tomorrow tonight again once twice perhaps maybe
  overall already recently instead thus hence otherwise besides nonetheless nevertheless
  mr mrs ms dr mr. mrs. ms. dr. everyone everybody someone somebody anyone anybody nobody people
  nothing something anything everything whoever whatever half let whenever wherever throughout
  following regardless
  nearly almost roughly approximately declining rising falling growing mounting soaring surging slumping worsening improving shrinking
  widening narrowing lingering emerging existing ongoing upcoming competing conflicting advancing
`)
// “She’ll”, “We’ve”, “It’s” open a sentence like the pronoun: no one is named “She’ll”.
for (const pronoun of ['i', 'we', 'you', 'he', 'she', 'it', 'they', 'that', 'there', 'here', 'what', 'who', 'let']) {
  for (const verb of ['ll', 'd', 've', 're', 'm', 's']) {
    openers.add(pronoun + '’' + verb)
    openers.add(pronoun + "'" + verb)
  }
}

/** Words that never modify a group, anonymous or document head. */
export const modifierStops = words(`
  a an the this that these those another one two three four five six seven eight nine ten
  several some many most more much few other others all any each every both no not none such
  of to in on at by for from with without into onto about over under between among during and
  or but nor as than then so if when while after before since because although though whether
  is are was were be been being am has have had having do does did will would can could may might
  must shall should said says say told tells asked added noted wrote argued warned called claimed
  he she it they we i you his her its their our my your him them us me who whom whose which what
  where why how there here also even only just still not never very too most least ago long
  according including like unlike against toward towards across around behind beyond near per via
  among amid upon within unless until whereas whenever yet plus now already often usually always
  sometimes again soon
`)

/**
 * Verbs that take people as their object (“giving readers”, “to get
 * socially moderate delegates”, “cajole legislators”): before a group head
 * they end its modifiers, as a determiner would. Only forms that are not
 * also adjectives or nouns before people: not “winning”, “paying”, “court”,
 * “pressure” (“pressure groups”), “force” (“Air Force officers”).
 */
export const objectVerbs = words(
  [
    'allow ask attract blame bring cajole call convince denounce elect enable encourage energize',
    'get give help invite keep let liberate lure make mobilize motivate persuade push',
    'recruit remind send stimulate tell thank urge want warn woo'
  ]
    .join(' ')
    .split(' ')
    .flatMap((verb) => {
      const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb
      const doubled = /^(?:get|let)$/.test(verb) ? verb + verb.at(-1) : stem
      return [verb, verb.endsWith('sh') ? verb + 'es' : verb + 's', doubled + 'ing']
    })
    .join(' ')
)

/** Third-person pronouns and what they tell about their antecedent. */
export const pronouns = new Map<string, 'he' | 'she' | 'they' | 'it'>([
  ['he', 'he'],
  ['him', 'he'],
  ['his', 'he'],
  ['himself', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['hers', 'she'],
  ['herself', 'she'],
  ['they', 'they'],
  ['them', 'they'],
  ['their', 'they'],
  ['theirs', 'they'],
  ['themselves', 'they'],
  ['it', 'it'],
  ['its', 'it'],
  ['itself', 'it']
])

/** Lowercase descriptions of a business already named (“the company”, “the chipmaker”). */
export const businessDescriptions = words(`
  company firm chipmaker automaker carmaker drugmaker planemaker jetmaker steelmaker toymaker retailer
  airline insurer lender bank brokerage startup manufacturer conglomerate broadcaster publisher
  miner brewer refiner railroad homebuilder supplier utility studio distributor
`)

/**
 * Lowercase descriptions of an organization already named (“the group”,
 * “the agency”, “the court”), a business’s among them; `group` and
 * `organization` may stand for any organization.
 */
export const orgDescriptions = new Set([
  ...words(`
    group organization organisation agency department association committee council institute
    ministry foundation network newspaper paper campaign administration coalition alliance union
    bureau commission party university authority court board panel utility regulator watchdog
    tribunal center centre hospital museum society district
  `),
  ...businessDescriptions
])

/**
 * Head words of a government body: its name may join two words by “and”
 * (“National Oceanic and Atmospheric *Administration*”), and “the agency”
 * names the one just named.
 */
export const governmentHeads = words(`
  administration agency commission bureau service services institute institutes council board
  authority office department enforcement protection centers
`)

/** Organization descriptions that may stand for any organization. */
export const genericOrgDescriptions = words(`group organization organisation`)

/** Possessive pronouns: they end a modifier run like a determiner (“its *own* report”). */
export const possessivePronouns = words(`its his her their our my your`)

/** Past forms that modify a noun (“elected officials”); other `-ed` words are verbs. */
export const participles = new Set(
  (
    'elected armed retired concerned unnamed interested affected appointed selected informed disabled displaced ' +
    'unidentified undocumented trained skilled educated experienced licensed certified registered organized ' +
    'advanced detained accused wounded injured infected vaccinated insured uninsured united related connected ' +
    'frustrated worried dedicated respected renowned noted seasoned embattled elected-appointed unaffiliated ' +
    'disaffected disgruntled undecided unpledged pledged committed paid unpaid aged targeted sanctioned biased ' +
    'independent-minded like-minded'
  ).split(' ')
)

/** Common verbs in the past tense that do not end in `-ed`. */
export const irregularPast = new Set(
  (
    'met told won lost led hit saw heard became made gave took got put sent left kept held brought began ran ' +
    'came went knew thought felt found showed joined said wrote spoke drew struck beat chose fought sought ' +
    'taught caught bought sold paid meant stood understood'
  ).split(' ')
)

/** Words after a name and a comma that start no appositive (“Smith, who …”). */
export const appositiveStops = words(`
  who which whose whom that and or but said says told according when where while as if because after
  before since also
`)

/** Prepositions before a person’s organization (“director *of* …”). */
export const affiliationPrepositions = words(`of at for with from`)

/** Roles that speak for the one who has them (“his spokesman”, “Trump’s lawyer”, “her campaign”). */
export const representatives = words(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen lawyer lawyers attorney attorneys counsel
  aide aides adviser advisers advisor advisors campaign office representative representatives secretary publicist agent staff
  manager strategist surrogate
`)

/** Roles held in an institution, after its bare name (“Harvard economist”, “Brookings scholar”). */
export const institutionRoles = words(`
  economist professor scholar researcher scientist engineer analyst fellow historian lecturer sociologist
  psychologist epidemiologist statistician physician surgeon dean chancellor provost student employee
  coach manager quarterback linebacker cornerback lineman receiver kicker pitcher shortstop outfielder
  infielder goalkeeper goalie midfielder defenseman
`)
