/**
 * The services of the README: each snippet of nameko-salesforce's streaming documentation written with
 * sfstream, plus a quick start that writes back to Salesforce. Each has a test against the emulator.
 */
package dev.sfstream.examples;
