package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.ContactConductance;
import org.kapitza.interfaces.ModelDeclaration;
import org.kapitza.interfaces.OneWayFluxInterface;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.interfaces.SeriesResistance;
import org.kapitza.interfaces.ThinLayer;

/**
 * Every interface model a case file may name, in the order messages list them. A model declares its name
 * and parameters beside its class ({@link ModelDeclaration}); adding one is a line here (and a row in the
 * README's table of interface models, which {@code InterfaceModelsTest} checks).
 */
public final class InterfaceModels {
    /** The declarations, in the order "choose one of" lists them. */
    public static final List<ModelDeclaration<?>> ALL = List.of(
            ConstantResistance.DECLARATION,
            PowerLawResistance.DECLARATION,
            OneWayFluxInterface.DECLARATION,
            ContactConductance.DECLARATION,
            ThinLayer.DECLARATION,
            SeriesResistance.DECLARATION,
            ResistanceDistribution.DECLARATION,
            PredictedModels.DMM,
            PredictedModels.AMM,
            PredictedModels.RADIATION_LIMIT,
            PredictedModels.ELECTRON_DMM,
            PredictedModels.KHALATNIKOV,
            PredictedModels.SPIN_TWO_CHANNEL,
            PredictedModels.DEFECT_PLANE);

    private InterfaceModels() {
    }

    /** The declaration of a model name, or null. */
    public static ModelDeclaration<?> byName(String name) {
        for (ModelDeclaration<?> d : ALL) if (d.name().equals(name)) return d;
        return null;
    }

    /** The model names, in order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ModelDeclaration<?> d : ALL) names.add(d.name());
        return names;
    }

    /** Whether a record is some model's parameters. */
    static boolean isParameters(Class<?> type) {
        for (ModelDeclaration<?> d : ALL) if (d.parameters() == type) return true;
        return false;
    }
}
