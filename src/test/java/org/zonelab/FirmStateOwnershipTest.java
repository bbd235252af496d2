package org.zonelab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A firm's state has owners (issue 11, item 4): each part of it is written only by the process that
 * owns it, by the code that makes a firm (births and the initial state) and by the part's own methods.
 * Everyone else may read it, or ask its owner through an intent method (for example
 * {@code FirmAccounts.receive}).
 */
class FirmStateOwnershipTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zonelab.model");

    /** Those that make a firm and set its first state. */
    private static final Set<String> MAKERS = Set.of("Births", "InitialState");

    /** The writers each part allows besides the makers and itself. */
    private static final Map<String, Set<String>> OWNERS = Map.of(
            "FirmAccounts", Set.of("Growth"),
            "InnovationRecord", Set.of("Innovation"),
            "VentureRecord", Set.of("Rounds", "FundingMarket", "FundingRequest"));

    /** Firm's own mutable fields: location (networks and relocation) and the stage flags. */
    private static final Map<String, Set<String>> FIRM_FIELDS = Map.of(
            "home", Set.of("ZoneLabModel"),
            "sector", Set.of(),
            "active", Set.of("ZoneLabModel"),
            "listed", Set.of("Demography"),
            "highTech", Set.of("Stages"),
            "gazelle", Set.of("Stages"),
            "unicorn", Set.of("Stages", "Demography"),
            "nezha", Set.of("Stages"));

    @Test
    void eachPartIsWrittenOnlyByItsOwner() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> part : OWNERS.entrySet()) {
            for (JavaField field : CLASSES.get("org.zonelab.model." + part.getKey()).getFields()) {
                wrong.addAll(foreignWrites(field, part.getValue(), part.getKey()));
            }
        }
        assertEquals(List.of(), wrong, "writes to a firm's state from outside its owner");
    }

    @Test
    void firmsOwnFieldsAreWrittenOnlyByTheirOwners() {
        List<String> wrong = new ArrayList<>();
        Set<String> unlisted = new TreeSet<>();
        for (JavaField field : CLASSES.get("org.zonelab.model.Firm").getFields()) {
            if (field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                    || field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                continue;
            }
            Set<String> owners = FIRM_FIELDS.get(field.getName());
            if (owners == null) {
                unlisted.add(field.getName());
                continue;
            }
            wrong.addAll(foreignWrites(field, owners, "Firm"));
        }
        assertTrue(unlisted.isEmpty(), "Firm has mutable fields without a declared owner: " + unlisted);
        assertEquals(List.of(), wrong, "writes to a firm's fields from outside their owners");
    }

    private static List<String> foreignWrites(JavaField field, Set<String> owners, String self) {
        List<String> out = new ArrayList<>();
        for (JavaFieldAccess a : field.getAccessesToSelf()) {
            if (a.getAccessType() != JavaFieldAccess.AccessType.SET) {
                continue;
            }
            String writer = a.getOriginOwner().getSimpleName();
            String outer = a.getOriginOwner().getName().replaceFirst("^.*\\.", "").replaceFirst("\\$.*", "");
            if (!outer.equals(self) && !owners.contains(outer) && !MAKERS.contains(outer)) {
                out.add(self + "." + field.getName() + " written by " + writer + " (" + a.getSourceCodeLocation() + ")");
            }
        }
        return out;
    }
}
