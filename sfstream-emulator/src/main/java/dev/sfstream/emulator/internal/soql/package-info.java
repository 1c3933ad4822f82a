/** The SOQL subset: lexer, parser, schema checks and record matching. */
package dev.sfstream.emulator.internal.soql;
