package dev.sfstream.rest;

/**
 * One field of an sObject type as describe reports it.
 *
 * @param name the API name, e.g. {@code LastName}
 * @param type the field type, e.g. {@code string}, {@code reference}
 * @param length the maximum length of text fields; 0 otherwise
 * @param nillable whether it may be null
 * @param createable whether it can be set on create
 * @param updateable whether it can be set on update
 */
public record FieldDescription(String name, String type, int length, boolean nillable, boolean createable,
                               boolean updateable) {
}
