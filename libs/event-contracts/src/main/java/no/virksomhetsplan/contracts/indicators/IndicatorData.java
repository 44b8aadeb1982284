package no.virksomhetsplan.contracts.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An indicator definition's whole state, as {@link IndicatorCreated} and {@link IndicatorUpdated} carry it.
 *
 * @param key           unique in the municipality, never changed, e.g. {@code hjemmebesok-antall}
 * @param nameNb        the name in Bokmål
 * @param nameNn        the name in Nynorsk
 * @param nameEn        the name in English
 * @param unitOfMeasure e.g. {@code antall}, {@code %}, {@code dager}
 * @param aggregation   how months add up to tertials and years: SUM, AVERAGE or LAST
 * @param periodicity   the period of each value: MONTH, TERTIAL or YEAR
 * @param serviceArea   e.g. {@code HELSE_OMSORG}, {@code OPPVEKST}
 * @param minValue      the lowest allowed value, or null
 * @param maxValue      the highest allowed value, or null
 * @param source        {@code MANUAL}, or the name of the fagsystem that delivers the values
 * @param rollUp        whether values roll up through the org tree (SUM and LAST add up, AVERAGE averages)
 * @param unitIds       the org units the indicator is measured for
 */
public record IndicatorData(
        UUID indicatorId,
        String key,
        String nameNb,
        String nameNn,
        String nameEn,
        String unitOfMeasure,
        String aggregation,
        String periodicity,
        String serviceArea,
        BigDecimal minValue,
        BigDecimal maxValue,
        String source,
        boolean rollUp,
        List<UUID> unitIds) {

    public IndicatorData {
        unitIds = List.copyOf(unitIds);
    }
}
