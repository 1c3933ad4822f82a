/**
 * Event definitions: the fields of each platform event and change event, the Avro schemas generated from
 * them with their schema ids, and Avro payloads written from and read into the maps the CometD side carries.
 */
package dev.sfstream.emulator.internal.events;
