/**
 * The one way names typed by users are matched (measures, areas, assumptions, census items,
 * characteristics): case, spaces and punctuation do not count.
 */

/**
 * A name's matching key: lower case, letters and digits only.
 * @example nameKey("Vacancy rate") === "vacancyrate"
 * @example nameKey("in_post_FTE") === "inpostfte"
 * @example nameKey("E08000035") === "e08000035"
 */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
