/**
 * A small given-name gender lexicon (common US given names, plus names
 * frequent in politics and news). Only used to prefer an antecedent for
 * “he” and “she”; a name missing here gets its gender from the pronouns
 * that refer to it.
 */

const male = `
  aaron abdul abe abraham adam adrian ahmad ahmed al alan albert alberto alec alejandro alex
  alexander alexei alfred ali allen alvin amir andre andrew andy angel angelo angus anthony antonio
  ari arnold arthur ashton austin barack barry bart ben benjamin benny bernard bernie beto bill billy
  bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron cal caleb calvin
  carl carlos cecil cesar chad charles charlie chris christian christopher chuck clarence clark
  claude clay clayton cliff clifford clint clinton cody cole colin conor connor corey cory craig
  curt curtis dale dan daniel danny darrell darren daryl dave david dean dennis derek devin devon
  dick dmitri dmitry don donald doug douglas duane dustin dwight earl ed eddie edgar edward eli
  elijah elliot elliott emmanuel enrique eric erik ernest ethan eugene evan felix fernando frank
  frankie franklin fred freddie frederick gabriel gary gavin gene geoffrey george gerald gerry glen
  glenn gordon graham grant greg gregg gregory gus guy hank harold harry harvey hassan hector henry
  herbert herman howard hugh hugo hunter ian igor isaac ivan jack jackson jacob jaime jake james
  jamie jared jason javier jay jeb jed jeff jeffrey jeh jerome jerry jesse jesus jim jimmy joaquin
  joe joel joey john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith
  ken kenneth kevin khalid kirk kurt kyle lamar lance larry lawrence lee leo leon leonard leroy lewis
  lincoln lindsey lloyd logan lou louis lucas luis luke lyndon malcolm manuel marc marco marcus mario
  mark marshall martin marvin matt matthew maurice max michael miguel mike miles mitch mitchell mitt
  mohammad mohammed muhammad nathan nathaniel neil nelson nick nicholas nicolas nigel noah norman
  oliver omar orrin oscar owen pablo patrick paul pedro pete peter phil philip phillip preston
  rahm ralph ramon randall randy ray raymond reggie reince rex ricardo richard rick ricky rob robert
  roberto rod rodney roger roland ron ronald ronnie ross roy ruben rudy rudolph russ russell ryan sal
  salvador sam samuel scott sean sergei sergey seth shane shaun sheldon sidney simon stanley stephen
  steve steven stuart ted terrence terry theodore thomas tim timothy todd tom tommy tony travis trent
  trey troy tucker tyler vernon victor vince vincent vladimir wade walter warren wayne wesley will
  william willie wilson xavier yusuf zach zachary mikhail viktor volodymyr recep emmanuel xi
  benjamin bibi narendra shinzo justin jair nicolás hosni bashar muammar saddam kim moon jens
`

const female = `
  abby abigail ada adrienne agnes aileen alexandra alexandria alexis alice alicia alison allison
  alyssa amanda amber amelia amy ana andrea angela angelina angie anita ann anna anne annette annie
  antoinette april ashley audrey ayanna barbara beatrice becky belinda beth betsy betty beverly
  bonnie brenda bridget brittany brooke caitlin camila candace candice cara carla carly carmen carol
  caroline carolyn carrie cassandra catherine cathy cecilia celeste charlotte chelsea cheryl
  christina christine cindy claire clara claudia colleen connie constance courtney cynthia daisy
  dana danielle daphne darlene dawn debbie deborah debra deirdre denise diana diane dianne dolores
  donna doris dorothy edith eileen elaine eleanor elena elise eliza elizabeth ella ellen elsa emily
  emma erica erin esther ethel eva evelyn faith felicia fiona florence frances francine gabriela
  gabrielle gail georgia geraldine gina ginger gloria grace gretchen gwen haley hannah harriet
  hazel heather heidi helen hillary holly hope ilhan irene iris isabel isabella jackie jacqueline
  jane janet janice jasmine jean jeanne jeanette jennifer jenny jessica jill jo joan joann joanna
  jodi jody josephine joy joyce juanita judith judy julia julie june karen karina kate katherine
  kathleen kathryn kathy katie kay kayla kellyanne kelly kendra kerry kim kimberly kirsten kristen
  kristin kristina krysten laura lauren laurie leah lena leslie lillian linda lindsay lisa liz
  liza lois loretta lori lorraine louise lucia lucy lydia lynn madeleine madeline maggie maria
  marie marilyn marion marjorie marla marsha martha mary maureen maxine megan meghan melania
  melanie melinda melissa meredith mia michele michelle mildred miranda molly monica nancy naomi
  natalie natasha nicole nikki nina nora norma olivia paige pam pamela patricia patti patty paula
  pauline peggy penny phyllis priscilla rachel rashida rebecca regina renee rhonda rita roberta
  robin rochelle rosa rosalind rose rosemary roxanne ruby ruth sabrina sally samantha sandra sara
  sarah sharon sheila shelby shelley sherry shirley sonia sophia sophie stacey stacy stephanie
  sue susan susana suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy
  ursula valerie vanessa vera veronica vicki victoria virginia vivian wanda wendy whitney yolanda
  yvonne zoe angela theresa marine kamala tulsi elise liz nikki hope huma sarah condoleezza
  madeleine janet kirstjen betsy nancy mazie tammy kyrsten jeanne dianne
`

/** Accented spellings of given names in the lists above. */
const accents = new Map<string, string[]>([
  ['antonio', ['antónio', 'antônio']],
  ['jose', ['josé']],
  ['ramon', ['ramón']],
  ['jesus', ['jesús']],
  ['andre', ['andré']],
  ['maria', ['maría']],
  ['lucia', ['lucía']],
  ['zoe', ['zoë']],
  ['renee', ['renée']]
])

/** Lowercase given name → gender. */
export const givenNames = new Map<string, 'female' | 'male'>()
for (const name of male.split(/\s+/)) if (name) givenNames.set(name, 'male')
for (const name of female.split(/\s+/)) if (name) givenNames.set(name, 'female')
// Spelled with their accents too (“António Guterres”, “María Corina Machado”).
for (const [name, gender] of [...givenNames]) {
  const accented = accents.get(name)
  if (accented) for (const spelling of accented) givenNames.set(spelling, gender)
}
// Names common for both: leave their gender to the pronouns.
for (const name of ['kim', 'robin', 'kelly', 'terry', 'jamie', 'dana', 'lee', 'jody', 'jo', 'kerry', 'lindsey', 'jean']) {
  givenNames.delete(name)
}
