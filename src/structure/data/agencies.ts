/**
 * News-agency lexicon: who can supply wire copy or photos. Used to read the agency in a
 * dateline (`(AP)`, `/TASS/`), trailer credits (`— Reuters`) and photo credits
 * (`AFP/File`). `abbreviations` match case-sensitively (APP ≠ app); `aliases` match
 * case-insensitively as whole names. Notes say why an entry or an odd alias is there.
 */
export interface Agency {
  /** Stable id used in `Credit.agency`. */
  id: string;
  /** Display name used in datelines and credits, e.g. `AP`, `Reuters`. */
  short: string;
  name: string;
  abbreviations: readonly string[];
  aliases: readonly string[];
  /** ISO 3166-1 alpha-2 of the agency's home, `INT` for multinational pools. */
  country: string;
  note: string;
}

export const AGENCIES: readonly Agency[] = [
  { id: 'ap', short: 'AP', name: 'Associated Press', abbreviations: ['AP'], aliases: ['Associated Press', 'AP Photo'], country: 'US', note: 'US cooperative; AP dateline style `CITY (AP) —`.' },
  { id: 'reuters', short: 'Reuters', name: 'Reuters', abbreviations: [], aliases: ['Reuters', 'Thomson Reuters', 'REUTERS'], country: 'GB', note: 'London-based wire; `CITY, Mon D (Reuters) -`.' },
  { id: 'afp', short: 'AFP', name: 'Agence France-Presse', abbreviations: ['AFP'], aliases: ['Agence France-Presse', 'Agence France Presse'], country: 'FR', note: 'French wire; `PARIS (AFP) -`; photo credits `AFP/File`.' },
  { id: 'bloomberg', short: 'Bloomberg', name: 'Bloomberg News', abbreviations: [], aliases: ['Bloomberg', 'Bloomberg News'], country: 'US', note: 'Opens stories with `(Bloomberg) --`, often without a city.' },
  { id: 'dpa', short: 'dpa', name: 'Deutsche Presse-Agentur', abbreviations: ['dpa', 'DPA'], aliases: ['Deutsche Presse-Agentur'], country: 'DE', note: 'German wire, writes its abbreviation in lower case.' },
  { id: 'efe', short: 'EFE', name: 'Agencia EFE', abbreviations: ['EFE'], aliases: ['Agencia EFE'], country: 'ES', note: 'Spanish wire; photo credits `EPA-EFE`.' },
  { id: 'epa', short: 'EPA', name: 'European Pressphoto Agency', abbreviations: ['EPA', 'EPA-EFE'], aliases: ['European Pressphoto Agency'], country: 'DE', note: 'Photo agency owned with EFE; appears only in photo credits.' },
  { id: 'ansa', short: 'ANSA', name: 'Agenzia Nazionale Stampa Associata', abbreviations: ['ANSA'], aliases: [], country: 'IT', note: 'Italian wire.' },
  { id: 'xinhua', short: 'Xinhua', name: 'Xinhua News Agency', abbreviations: [], aliases: ['Xinhua', 'Xinhua News Agency'], country: 'CN', note: 'Chinese state wire; `BEIJING, Sept. 2 (Xinhua) --`.' },
  { id: 'tass', short: 'TASS', name: 'TASS Russian News Agency', abbreviations: ['TASS', 'ITAR-TASS'], aliases: [], country: 'RU', note: 'Russian state wire; `MOSCOW, October 4. /TASS/.`' },
  { id: 'ria', short: 'RIA Novosti', name: 'RIA Novosti', abbreviations: ['RIA'], aliases: ['RIA Novosti'], country: 'RU', note: 'Russian state wire, often cited rather than credited.' },
  { id: 'interfax', short: 'Interfax', name: 'Interfax', abbreviations: [], aliases: ['Interfax', 'Interfax-Ukraine'], country: 'RU', note: 'Private Russian wire with a Ukrainian sister.' },
  { id: 'ukrinform', short: 'Ukrinform', name: 'Ukrinform', abbreviations: [], aliases: ['Ukrinform'], country: 'UA', note: 'Ukrainian state wire.' },
  { id: 'pti', short: 'PTI', name: 'Press Trust of India', abbreviations: ['PTI'], aliases: ['Press Trust of India'], country: 'IN', note: 'Indian wire; `NEW DELHI, Sep 8 (PTI):`.' },
  { id: 'ians', short: 'IANS', name: 'Indo-Asian News Service', abbreviations: ['IANS'], aliases: ['Indo-Asian News Service'], country: 'IN', note: 'Indian wire; same dateline style as PTI.' },
  { id: 'ani', short: 'ANI', name: 'Asian News International', abbreviations: ['ANI'], aliases: ['Asian News International'], country: 'IN', note: 'Indian wire; same dateline style as PTI.' },
  { id: 'uni', short: 'UNI', name: 'United News of India', abbreviations: ['UNI'], aliases: ['United News of India'], country: 'IN', note: 'Indian wire.' },
  { id: 'app-pakistan', short: 'APP', name: 'Associated Press of Pakistan', abbreviations: ['APP'], aliases: ['Associated Press of Pakistan'], country: 'PK', note: 'Pakistani state wire — APP is NOT AP (seed page: `— APP/File`).' },
  { id: 'ppi', short: 'PPI', name: 'Pakistan Press International', abbreviations: ['PPI'], aliases: ['Pakistan Press International'], country: 'PK', note: 'Private Pakistani wire.' },
  { id: 'inp', short: 'INP', name: 'Independent News Pakistan', abbreviations: ['INP'], aliases: [], country: 'PK', note: 'Pakistani wire seen in Urdu/English outlets.' },
  { id: 'unb', short: 'UNB', name: 'United News of Bangladesh', abbreviations: ['UNB'], aliases: ['United News of Bangladesh'], country: 'BD', note: 'Bangladeshi wire.' },
  { id: 'bss', short: 'BSS', name: 'Bangladesh Sangbad Sangstha', abbreviations: ['BSS'], aliases: ['Bangladesh Sangbad Sangstha'], country: 'BD', note: 'Bangladeshi state wire.' },
  { id: 'anadolu', short: 'Anadolu', name: 'Anadolu Agency', abbreviations: ['AA'], aliases: ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı'], country: 'TR', note: 'Turkish state wire; `AA` only inside parentheses or credits.' },
  { id: 'irna', short: 'IRNA', name: 'Islamic Republic News Agency', abbreviations: ['IRNA'], aliases: ['Islamic Republic News Agency'], country: 'IR', note: 'Iranian state wire; `Tehran, IRNA --`.' },
  { id: 'yonhap', short: 'Yonhap', name: 'Yonhap News Agency', abbreviations: [], aliases: ['Yonhap', 'Yonhap News Agency'], country: 'KR', note: 'South Korean wire; `SEOUL, Sept. 8 (Yonhap) --`.' },
  { id: 'kyodo', short: 'Kyodo', name: 'Kyodo News', abbreviations: [], aliases: ['Kyodo', 'Kyodo News'], country: 'JP', note: 'Japanese wire.' },
  { id: 'jiji', short: 'Jiji', name: 'Jiji Press', abbreviations: [], aliases: ['Jiji', 'Jiji Press'], country: 'JP', note: 'Japanese wire.' },
  { id: 'kcna', short: 'KCNA', name: 'Korean Central News Agency', abbreviations: ['KCNA'], aliases: ['Korean Central News Agency'], country: 'KP', note: 'North Korean state wire, usually cited.' },
  { id: 'cna', short: 'CNA', name: 'Central News Agency', abbreviations: ['CNA'], aliases: ['Central News Agency'], country: 'TW', note: 'Taiwanese wire (also Focus Taiwan).' },
  { id: 'bernama', short: 'Bernama', name: 'Malaysian National News Agency', abbreviations: [], aliases: ['Bernama'], country: 'MY', note: 'Malaysian state wire.' },
  { id: 'antara', short: 'Antara', name: 'Antara', abbreviations: [], aliases: ['Antara'], country: 'ID', note: 'Indonesian state wire.' },
  { id: 'pna', short: 'PNA', name: 'Philippine News Agency', abbreviations: ['PNA'], aliases: ['Philippine News Agency'], country: 'PH', note: 'Philippine state wire.' },
  { id: 'vna', short: 'VNA', name: 'Vietnam News Agency', abbreviations: ['VNA'], aliases: ['Vietnam News Agency'], country: 'VN', note: 'Vietnamese state wire.' },
  { id: 'aap', short: 'AAP', name: 'Australian Associated Press', abbreviations: ['AAP'], aliases: ['Australian Associated Press'], country: 'AU', note: 'Australian wire; AAP is not AP either.' },
  { id: 'cp', short: 'CP', name: 'The Canadian Press', abbreviations: ['CP'], aliases: ['Canadian Press', 'The Canadian Press'], country: 'CA', note: 'Canadian wire.' },
  { id: 'pa', short: 'PA', name: 'PA Media', abbreviations: ['PA'], aliases: ['PA Media', 'Press Association', 'PA Wire'], country: 'GB', note: 'UK wire (formerly Press Association).' },
  { id: 'upi', short: 'UPI', name: 'United Press International', abbreviations: ['UPI'], aliases: ['United Press International'], country: 'US', note: 'US wire.' },
  { id: 'mena', short: 'MENA', name: 'Middle East News Agency', abbreviations: ['MENA'], aliases: ['Middle East News Agency'], country: 'EG', note: 'Egyptian state wire.' },
  { id: 'spa', short: 'SPA', name: 'Saudi Press Agency', abbreviations: ['SPA'], aliases: ['Saudi Press Agency'], country: 'SA', note: 'Saudi state wire.' },
  { id: 'wam', short: 'WAM', name: 'Emirates News Agency', abbreviations: ['WAM'], aliases: ['Emirates News Agency'], country: 'AE', note: 'UAE state wire.' },
  { id: 'qna', short: 'QNA', name: 'Qatar News Agency', abbreviations: ['QNA'], aliases: ['Qatar News Agency'], country: 'QA', note: 'Qatari state wire.' },
  { id: 'kuna', short: 'KUNA', name: 'Kuwait News Agency', abbreviations: ['KUNA'], aliases: ['Kuwait News Agency'], country: 'KW', note: 'Kuwaiti state wire.' },
  { id: 'petra', short: 'Petra', name: 'Jordan News Agency', abbreviations: [], aliases: ['Petra'], country: 'JO', note: 'Jordanian state wire.' },
  { id: 'wafa', short: 'WAFA', name: 'Palestinian News and Info Agency', abbreviations: ['WAFA'], aliases: [], country: 'PS', note: 'Palestinian wire.' },
  { id: 'sana', short: 'SANA', name: 'Syrian Arab News Agency', abbreviations: ['SANA'], aliases: ['Syrian Arab News Agency'], country: 'SY', note: 'Syrian state wire.' },
  { id: 'nna', short: 'NNA', name: 'National News Agency', abbreviations: ['NNA'], aliases: [], country: 'LB', note: 'Lebanese state wire.' },
  { id: 'map', short: 'MAP', name: 'Maghreb Arabe Presse', abbreviations: ['MAP'], aliases: ['Maghreb Arabe Presse'], country: 'MA', note: 'Moroccan state wire.' },
  { id: 'aps', short: 'APS', name: 'Algérie Presse Service', abbreviations: ['APS'], aliases: ['Algerie Presse Service'], country: 'DZ', note: 'Algerian state wire.' },
  { id: 'nan', short: 'NAN', name: 'News Agency of Nigeria', abbreviations: ['NAN'], aliases: ['News Agency of Nigeria'], country: 'NG', note: 'Nigerian state wire.' },
  { id: 'apa', short: 'APA', name: 'Austria Presse Agentur', abbreviations: ['APA'], aliases: ['Austria Presse Agentur'], country: 'AT', note: 'Austrian wire.' },
  { id: 'sda', short: 'Keystone-SDA', name: 'Keystone-SDA', abbreviations: ['SDA', 'ATS'], aliases: ['Keystone-SDA'], country: 'CH', note: 'Swiss wire.' },
  { id: 'belga', short: 'Belga', name: 'Belga', abbreviations: [], aliases: ['Belga'], country: 'BE', note: 'Belgian wire.' },
  { id: 'anp', short: 'ANP', name: 'Algemeen Nederlands Persbureau', abbreviations: ['ANP'], aliases: [], country: 'NL', note: 'Dutch wire.' },
  { id: 'pap', short: 'PAP', name: 'Polish Press Agency', abbreviations: ['PAP'], aliases: ['Polish Press Agency'], country: 'PL', note: 'Polish state wire.' },
  { id: 'ctk', short: 'CTK', name: 'Czech News Agency', abbreviations: ['CTK', 'ČTK'], aliases: ['Czech News Agency'], country: 'CZ', note: 'Czech wire.' },
  { id: 'mti', short: 'MTI', name: 'Hungarian News Agency', abbreviations: ['MTI'], aliases: [], country: 'HU', note: 'Hungarian state wire.' },
  { id: 'tt', short: 'TT', name: 'Tidningarnas Telegrambyrå', abbreviations: ['TT'], aliases: [], country: 'SE', note: 'Swedish wire.' },
  { id: 'ntb', short: 'NTB', name: 'Norsk Telegrambyrå', abbreviations: ['NTB'], aliases: [], country: 'NO', note: 'Norwegian wire.' },
  { id: 'ritzau', short: 'Ritzau', name: 'Ritzau', abbreviations: [], aliases: ['Ritzau'], country: 'DK', note: 'Danish wire.' },
  { id: 'stt', short: 'STT', name: 'Finnish News Agency', abbreviations: ['STT'], aliases: [], country: 'FI', note: 'Finnish wire.' },
  { id: 'lusa', short: 'Lusa', name: 'Agência Lusa', abbreviations: [], aliases: ['Lusa'], country: 'PT', note: 'Portuguese wire.' },
  { id: 'agencia-brasil', short: 'Agência Brasil', name: 'Agência Brasil', abbreviations: [], aliases: ['Agencia Brasil', 'Agência Brasil'], country: 'BR', note: 'Brazilian state wire.' },
  { id: 'telam', short: 'Télam', name: 'Télam', abbreviations: [], aliases: ['Telam', 'Télam'], country: 'AR', note: 'Argentine state wire.' },
  { id: 'notimex', short: 'Notimex', name: 'Notimex', abbreviations: [], aliases: ['Notimex'], country: 'MX', note: 'Mexican state wire.' },
  { id: 'prensa-latina', short: 'Prensa Latina', name: 'Prensa Latina', abbreviations: ['PL'], aliases: ['Prensa Latina'], country: 'CU', note: 'Cuban wire; `PL` only inside parentheses.' },
  { id: 'sapa', short: 'SAPA', name: 'South African Press Association', abbreviations: ['SAPA'], aliases: [], country: 'ZA', note: 'South African wire (closed 2015, still in archives).' },
  { id: 'kna', short: 'KNA', name: 'Kenya News Agency', abbreviations: ['KNA'], aliases: ['Kenya News Agency'], country: 'KE', note: 'Kenyan state wire.' },
  { id: 'ena', short: 'ENA', name: 'Ethiopian News Agency', abbreviations: ['ENA'], aliases: ['Ethiopian News Agency'], country: 'ET', note: 'Ethiopian state wire.' },
  { id: 'getty', short: 'Getty Images', name: 'Getty Images', abbreviations: [], aliases: ['Getty Images', 'Getty'], country: 'US', note: 'Photo agency; appears only in photo credits.' },
  { id: 'shutterstock', short: 'Shutterstock', name: 'Shutterstock', abbreviations: [], aliases: ['Shutterstock', 'REX/Shutterstock'], country: 'US', note: 'Stock photo agency.' },
  { id: 'sipa', short: 'Sipa', name: 'Sipa Press', abbreviations: [], aliases: ['Sipa', 'SIPA', 'Sipa USA'], country: 'FR', note: 'Photo agency.' },
];
