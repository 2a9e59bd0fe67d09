/**
 * The media nouns as a list, for the entity scan's media cues (entities/cues.ts), until it
 * asks the lexicon itself (lexicon/media.json holds the words).
 */
import { words } from "../lexicon/index.ts";

export const MEDIA_NOUNS: readonly string[] = [...words("media", "nouns")];
