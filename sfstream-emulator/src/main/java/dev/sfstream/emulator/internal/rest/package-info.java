/** The REST API under /services/data/: sObjects, queries, composite, limits, describe and versions. */
package dev.sfstream.emulator.internal.rest;
