package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a report claims happened. After EAMENA's disturbance categories (Looting/Illegal Activities,
 * Military/Armed Conflict, Access Restriction) and the incident types of ASOR's Cultural Heritage
 * Initiatives reports (damage, looting, military use, threats to staff, access and control).
 */
@Schema(name = "IncidentKind", description = "What a report claims: CONDITION, the state of a building or object (the default); "
        + "LOOTING, theft, unauthorised removal or smashing of objects; MISUSE, military or other use of the site that is not damage "
        + "to its fabric (executions, a base, a firing position); HARM_TO_STAFF, killing, abduction or threats against heritage staff; "
        + "CONTROL, who controls the site or can reach it.")
public enum IncidentKind {
    CONDITION, LOOTING, MISUSE, HARM_TO_STAFF, CONTROL;

    /** Whether the claim is about a building's condition (for templates, which cannot compare enums). */
    public boolean conditionReport() {
        return this == CONDITION;
    }

    /** The kinds whose claims carry a number (objects taken, people killed or harmed). */
    public boolean counts() {
        return this == LOOTING || this == MISUSE || this == HARM_TO_STAFF;
    }
}
