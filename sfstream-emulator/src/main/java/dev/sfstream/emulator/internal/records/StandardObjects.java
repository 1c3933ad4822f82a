package dev.sfstream.emulator.internal.records;

import static dev.sfstream.emulator.internal.records.FieldSpec.readOnly;
import static dev.sfstream.emulator.internal.records.FieldSpec.writable;
import static dev.sfstream.emulator.internal.records.FieldType.BOOLEAN;
import static dev.sfstream.emulator.internal.records.FieldType.CURRENCY;
import static dev.sfstream.emulator.internal.records.FieldType.DATE;
import static dev.sfstream.emulator.internal.records.FieldType.DATETIME;
import static dev.sfstream.emulator.internal.records.FieldType.DOUBLE;
import static dev.sfstream.emulator.internal.records.FieldType.EMAIL;
import static dev.sfstream.emulator.internal.records.FieldType.ID;
import static dev.sfstream.emulator.internal.records.FieldType.INTEGER;
import static dev.sfstream.emulator.internal.records.FieldType.PHONE;
import static dev.sfstream.emulator.internal.records.FieldType.PICKLIST;
import static dev.sfstream.emulator.internal.records.FieldType.REFERENCE;
import static dev.sfstream.emulator.internal.records.FieldType.STRING;
import static dev.sfstream.emulator.internal.records.FieldType.TEXTAREA;

import java.util.ArrayList;
import java.util.List;

/** The standard sObject types the emulator knows, with their key prefixes and fields. */
final class StandardObjects {
    private StandardObjects() {
    }

    static List<SObjectSchema> all() {
        return List.of(
                standard("Account", "001", List.of("Name"), writable("Name", STRING), writable("Type", PICKLIST),
                        writable("Industry", PICKLIST), writable("Phone", PHONE), writable("Website", STRING),
                        writable("AccountNumber", STRING), writable("AnnualRevenue", CURRENCY),
                        writable("NumberOfEmployees", INTEGER), writable("BillingCity", STRING),
                        writable("Description", TEXTAREA), writable("RecordTypeId", REFERENCE),
                        writable("OwnerId", REFERENCE)),
                standard("Contact", "003", List.of("LastName"), writable("FirstName", STRING),
                        writable("LastName", STRING), readOnly("Name", STRING), writable("Email", EMAIL),
                        writable("Phone", PHONE), writable("Title", STRING), writable("Department", STRING),
                        writable("MailingCity", STRING), writable("Description", TEXTAREA),
                        writable("AccountId", REFERENCE), writable("RecordTypeId", REFERENCE),
                        writable("OwnerId", REFERENCE)),
                standard("Lead", "00Q", List.of("LastName", "Company"), writable("FirstName", STRING),
                        writable("LastName", STRING), readOnly("Name", STRING), writable("Company", STRING),
                        writable("Status", PICKLIST), writable("Email", EMAIL), writable("Phone", PHONE),
                        writable("RecordTypeId", REFERENCE), writable("OwnerId", REFERENCE)),
                standard("Opportunity", "006", List.of("Name", "StageName", "CloseDate"), writable("Name", STRING),
                        writable("StageName", PICKLIST), writable("CloseDate", DATE), writable("Amount", CURRENCY),
                        writable("Probability", DOUBLE), writable("AccountId", REFERENCE),
                        writable("RecordTypeId", REFERENCE), writable("OwnerId", REFERENCE)),
                standard("Case", "500", List.of(), readOnly("CaseNumber", STRING), writable("Subject", STRING),
                        writable("Status", PICKLIST), writable("Priority", PICKLIST), writable("Origin", PICKLIST),
                        writable("Description", TEXTAREA), writable("AccountId", REFERENCE),
                        writable("ContactId", REFERENCE), writable("RecordTypeId", REFERENCE),
                        writable("OwnerId", REFERENCE)),
                standard("Task", "00T", List.of(), writable("Subject", STRING), writable("Status", PICKLIST),
                        writable("Priority", PICKLIST), writable("ActivityDate", DATE),
                        writable("Description", TEXTAREA), writable("WhoId", REFERENCE),
                        writable("WhatId", REFERENCE), writable("OwnerId", REFERENCE)),
                standard("User", "005", List.of("Username", "LastName"), writable("Username", STRING),
                        writable("FirstName", STRING), writable("LastName", STRING), readOnly("Name", STRING),
                        writable("Email", EMAIL), writable("Alias", STRING), writable("IsActive", BOOLEAN),
                        writable("ProfileId", REFERENCE)),
                standard("RecordType", "012", List.of("Name", "DeveloperName", "SobjectType"),
                        writable("Name", STRING), writable("DeveloperName", STRING),
                        writable("SobjectType", PICKLIST), writable("IsActive", BOOLEAN),
                        writable("Description", STRING)),
                standard("PushTopic", "0IF", List.of("Name", "Query", "ApiVersion"), writable("Name", STRING),
                        writable("Query", TEXTAREA), writable("ApiVersion", DOUBLE),
                        writable("NotifyForFields", PICKLIST), writable("NotifyForOperationCreate", BOOLEAN),
                        writable("NotifyForOperationUpdate", BOOLEAN), writable("NotifyForOperationDelete", BOOLEAN),
                        writable("NotifyForOperationUndelete", BOOLEAN), readOnly("NotifyForOperations", PICKLIST),
                        writable("IsActive", BOOLEAN), writable("Description", STRING)),
                standard("StreamingChannel", "0M6", List.of("Name"), writable("Name", STRING),
                        writable("Description", STRING), writable("OwnerId", REFERENCE)),
                standard("Organization", "00D", List.of("Name"), writable("Name", STRING)));
    }

    static SObjectSchema custom(String name, String keyPrefix) {
        return new SObjectSchema(name, keyPrefix, SObjectKind.CUSTOM,
                withSystemFields(List.of(writable("Name", STRING), writable("OwnerId", REFERENCE),
                        writable("RecordTypeId", REFERENCE))), List.of());
    }

    static SObjectSchema platformEvent(String name) {
        return new SObjectSchema(name, "e00", SObjectKind.PLATFORM_EVENT, List.of(readOnly("ReplayId", STRING),
                readOnly("EventUuid", STRING), readOnly("CreatedDate", DATETIME),
                readOnly("CreatedById", REFERENCE)), List.of());
    }

    private static SObjectSchema standard(String name, String keyPrefix, List<String> required, FieldSpec... fields) {
        return new SObjectSchema(name, keyPrefix, SObjectKind.STANDARD, withSystemFields(List.of(fields)), required);
    }

    private static List<FieldSpec> withSystemFields(List<FieldSpec> fields) {
        List<FieldSpec> all = new ArrayList<>();
        all.add(readOnly("Id", ID));
        all.add(readOnly("IsDeleted", BOOLEAN));
        all.addAll(fields);
        all.add(readOnly("CreatedDate", DATETIME));
        all.add(readOnly("CreatedById", REFERENCE));
        all.add(readOnly("LastModifiedDate", DATETIME));
        all.add(readOnly("LastModifiedById", REFERENCE));
        all.add(readOnly("SystemModstamp", DATETIME));
        return all;
    }
}
