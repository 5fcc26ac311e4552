/**
 * Sourcing qualifiers (issue 4: "citing unidentified sources", "people familiar with the
 * matter", "officials who spoke on condition of anonymity"). `anonymous` marks the ones
 * that hide who the source is (AP Stylebook, "anonymous sources").
 */
export const SOURCING_QUALIFIERS: readonly { pattern: RegExp; anonymous: boolean; reason: string }[] = [
  {
    pattern: /\bciting (?:unidentified|unnamed|anonymous|undisclosed)\b[^,.;]*/i,
    anonymous: true,
    reason: 'explicitly unnamed sources',
  },
  {
    pattern:
      /\b(?:citing|according to) (?:people|sources|persons|officials|those|a person|a source|someone)(?: [^,.;]*?)? (?:familiar|briefed|close|knowledgeable|with knowledge)\b[^,.;]*/i,
    anonymous: true,
    reason: 'Reuters/Bloomberg formula for anonymous sources',
  },
  {
    pattern: /\bwho (?:spoke|talked) on (?:the )?condition of anonymity\b[^,.;]*/i,
    anonymous: true,
    reason: 'AP formula for anonymous sources',
  },
  {
    pattern: /\bwho (?:asked|declined|requested|did not want) (?:not )?to be (?:named|identified)\b[^,.;]*/i,
    anonymous: true,
    reason: 'source asked not to be named',
  },
  {
    pattern: /\b(?:on|under) (?:the )?condition of anonymity\b[^,.;]*/i,
    anonymous: true,
    reason: 'anonymity granted',
  },
  {
    pattern: /\bciting (?:sources|officials|people)\b[^,.;]*/i,
    anonymous: true,
    reason: 'sources without a name',
  },
  {
    pattern: /\bciting (?!unidentified|unnamed|anonymous)[^,.;]+/i,
    anonymous: false,
    reason: 'a named source cited by the reporting outlet',
  },
];

/** Subjects that are anonymous sources in themselves ("people familiar with the matter said"). */
export const ANONYMOUS_SUBJECT =
  /^(?:(?:two|three|several|some|many|other|senior|unnamed|anonymous|\w+ )*)(?:sources?|people|persons?|officials?|insiders?|diplomats?)\b.*\b(?:familiar|briefed|knowledge|close to|anonymity|not authori[sz]ed|declined|asked not|did not wish)\b|\bwho (?:did not wish|asked not|declined|requested not|was not authori[sz]ed) to be (?:named|identified)\b|\bcondition of anonymity\b|^(?:unnamed|anonymous|unidentified)\b|^(?:(?:an?|the|two|three|several|multiple|concerned|other|new|local|\w+)\s+){0,3}sources?\b/i;

/**
 * Documents and publications as sources ("according to court records", "a new study reports",
 * "a paper published in the journal Nature Astronomy"): what they say is a claim attribution.
 */
export const DOCUMENT_SOURCE =
  /^(?:an?|the|new|this|that)?\s*(?:[\p{L}'’-]+\s+){0,4}?(?:report|study|paper|survey|records?|documents?|release|website|data|complaint|filing|analysis|poll|research|findings|memo|letter|indictment|lawsuit)\b/iu;
