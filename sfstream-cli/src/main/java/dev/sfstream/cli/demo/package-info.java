/**
 * {@code sfstream demo}: the original's "Salesforce to Nameko Event Proxy" running against an embedded
 * emulator while a stream of Lead and Opportunity changes is made through the REST API, shown live.
 */
package dev.sfstream.cli.demo;
