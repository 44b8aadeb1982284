package no.virksomhetsplan.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Kubernetes API schema, offline: each document is read into fabric8's generated model class for
 * its apiVersion and kind (generated from the Kubernetes OpenAPI), and fails on a wrong type, an
 * unknown apiVersion/kind, or any field the API does not have (fabric8 keeps those in
 * additionalProperties instead of rejecting them; this walks the whole object and rejects them).
 */
final class StrictKubernetes {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/Pod", Pod.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    /** Custom resources without a model here: the fields their operators' CRDs define at the top of spec. */
    private static final Map<String, Set<String>> CUSTOM_SPEC_FIELDS = Map.of(
            "monitoring.coreos.com/v1/ServiceMonitor", Set.of("selector", "endpoints", "namespaceSelector", "jobLabel"));

    /** Problems found in one rendered document; empty when the API server would accept its shape. */
    static List<String> problems(JsonNode document) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        String where = type + " " + document.at("/metadata/name").asText();
        List<String> problems = new ArrayList<>();
        if (CUSTOM_SPEC_FIELDS.containsKey(type)) {
            document.path("spec").fieldNames().forEachRemaining(field -> {
                if (!CUSTOM_SPEC_FIELDS.get(type).contains(field)) {
                    problems.add(where + ": unknown field spec." + field);
                }
            });
            return problems;
        }
        Class<? extends HasMetadata> model = MODELS.get(type);
        if (model == null) {
            return List.of(where + ": no known Kubernetes API for this apiVersion and kind");
        }
        try {
            collectUnknownFields(MAPPER.treeToValue(document, model), where, problems);
        } catch (Exception e) {
            problems.add(where + ": " + e.getMessage());
        }
        return problems;
    }

    private static void collectUnknownFields(Object value, String path, List<String> problems) throws Exception {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object each : collection) {
                collectUnknownFields(each, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collectUnknownFields(entry.getValue(), path + "." + entry.getKey(), problems);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field = getter.invoke(value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + unknown.keySet());
                }
            } else {
                collectUnknownFields(field, path + "." + getter.getName().substring(3), problems);
            }
        }
    }

    private StrictKubernetes() {
    }
}
