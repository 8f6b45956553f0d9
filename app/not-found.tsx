// 404: a conflict or page that does not exist.
import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>
        There is nothing at this address. The <Link href="/">list of conflicts</Link> links to every conflict we hold.
      </p>
    </div>
  );
}
