/** Facts about the talk and this site, kept in one place for every page that states them. */
export const SITE = {
  title: 'The persona selection model',
  subtitle: 'a companion',
  description:
    'A companion to “The persona selection model” by Sam Marks, Jack Lindsey and Chris Olah (Anthropic, February 2026): the argument in plain prose, with live figures that run the model in your browser.',
} as const;
