package org.zonelab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
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
    private static final Set<String> MAKERS = Set.of("Births", "InitialFirms");

    /** The writers each part allows besides the makers and itself. */
    private static final Map<String, Set<String>> OWNERS = Map.of(
            "FirmAccounts", Set.of("Growth"),
            "InnovationRecord", Set.of("Innovation"),
            "VentureRecord", Set.of("Rounds", "FundingMarket", "FundingRequest"));

    /** Firm's own mutable fields: location (networks and relocation) and the stage flags. */
    private static final Map<String, Set<String>> FIRM_FIELDS = Map.ofEntries(
            Map.entry("home", Set.of("ZoneLabModel")),
            Map.entry("lnKnowledge", Set.of("Innovation")),
            Map.entry("sector", Set.of()),
            Map.entry("active", Set.of("ZoneLabModel")),
            Map.entry("listed", Set.of("Demography")),
            Map.entry("highTech", Set.of("Stages")),
            Map.entry("highTechUntil", Set.of("Stages")),
            Map.entry("hteSeeking", Set.of("HighTechChoice")),
            Map.entry("gazelle", Set.of("Stages")),
            Map.entry("unicorn", Set.of("Stages", "Demography")),
            Map.entry("nezha", Set.of("Stages")),
            Map.entry("cohortStep", Set.of("StylizedFacts")),
            Map.entry("crossSectorPartners", Set.of("ZoneLabModel")));

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
            if (field.getModifiers().contains(JavaModifier.FINAL)
                    || field.getModifiers().contains(JavaModifier.STATIC)) {
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

    /** The firm's processes see the world through FirmContext, not the whole model. */
    @Test
    void firmProcessesGetANarrowContext() {
        List<String> wide = new ArrayList<>();
        for (String process : List.of("Innovation", "Growth", "FundingRequest", "Collaboration", "Location", "Demography")) {
            JavaClass c = CLASSES.get("org.zonelab.model." + process);
            for (JavaMethod m : c.getMethods()) {
                boolean takesModel = m.getRawParameterTypes().stream()
                        .anyMatch(t -> t.getName().equals("org.zonelab.model.ZoneLabModel"));
                // Founding a new track makes a firm (a birth), which is the model's business.
                if (takesModel && !(process.equals("Demography") && m.getName().equals("foundNewTrack"))) {
                    wide.add(process + "." + m.getName() + " takes the whole ZoneLabModel");
                }
            }
            c.getAccessesFromSelf().stream()
                    .filter(a -> a.getTargetOwner().getName().equals("org.zonelab.model.ZoneLabModel"))
                    .filter(a -> !(a instanceof JavaFieldAccess fa && fa.getTarget().resolveMember()
                            .map(f -> f.getModifiers().contains(JavaModifier.STATIC)).orElse(false)))
                    .filter(a -> !(a instanceof JavaMethodCall mc && mc.getTarget().resolveMember()
                            .map(f -> f.getModifiers().contains(JavaModifier.STATIC)).orElse(false)))
                    .filter(a -> !a.getOrigin().getName().equals("foundNewTrack"))
                    .forEach(a -> wide.add(process + " uses ZoneLabModel." + a.getTarget().getName() + " ("
                            + a.getSourceCodeLocation() + ")"));
        }
        assertEquals(List.of(), wide, "firm processes reaching past FirmContext");
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
