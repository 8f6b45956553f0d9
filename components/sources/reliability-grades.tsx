// What the reliability grades A–F mean, for the source form and the sources list.
import { RELIABILITY_GRADES, RELIABILITY_LABELS } from "@/lib/sources/schema";

export function ReliabilityGrades({ id }: { id?: string }) {
  return (
    <dl className="grades" id={id}>
      {RELIABILITY_GRADES.map((g) => (
        <div key={g}>
          <dt>
            {g}: {RELIABILITY_LABELS[g].name}
          </dt>
          <dd>{RELIABILITY_LABELS[g].meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
