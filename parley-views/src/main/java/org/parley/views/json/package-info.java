/**
 * The one JSON form of every result (docs/JSON-FORMAT.md): {@link org.parley.views.json.ParleyJson} writes and reads
 * the typed result records with Jackson, configured here with mixins and serializers so that the computation
 * modules carry no JSON code; {@link org.parley.views.json.Documents} are the top-level documents the CLI prints;
 * results that refer to games are read back against {@link org.parley.views.json.KnownGames} and verified again;
 * problems are {@link org.parley.views.json.InvalidJsonException}s located by JSON pointer.
 */
package org.parley.views.json;
