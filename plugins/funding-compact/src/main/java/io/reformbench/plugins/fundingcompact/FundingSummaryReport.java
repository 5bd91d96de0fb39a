package io.reformbench.plugins.fundingcompact;

import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.contribution.ReportBuilder;
import io.reformbench.api.contribution.ReportRequest;
import io.reformbench.api.service.ActionSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;

/** A CSV of the funding compact's contributions: action, type, purpose and amount, with the total. */
@Component(service = ReportBuilder.class)
public class FundingSummaryReport implements ReportBuilder {

    @Override
    public String key() {
        return "funding-summary";
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.zhEn("供资契约捐款汇总", "Funding compact contributions");
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public void write(ReportRequest request, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("number,contributionType,earmarkedFor,amountUsd\n");
        BigDecimal total = BigDecimal.ZERO;
        for (ActionSnapshot action : request.actions()) {
            if (!action.area().equals(FundingFields.AREA) || FundingFields.contributionType(action).isEmpty()) {
                continue;
            }
            BigDecimal amount = FundingFields.amount(action).orElse(BigDecimal.ZERO);
            total = total.add(amount);
            writer.write(String.join(",", action.number(), FundingFields.contributionType(action).get(),
                    FundingFields.earmarkedFor(action).orElse(""), amount.toPlainString()) + "\n");
        }
        writer.write("total,,," + total.toPlainString() + "\n");
        writer.flush();
    }
}
