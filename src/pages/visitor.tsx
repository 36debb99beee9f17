import { useParams } from 'react-router';
import { VisitorHeader } from '@/features/visitors/components/visitor-header';
import { VisitorView } from '@/features/visitors/components/visitor-view';

export function VisitorPage() {
  // React Router decodes the segment: this is the slug as the server knows it.
  const { userSlug = '' } = useParams();
  return (
    <>
      <VisitorHeader slug={userSlug} />
      {/* A new slug is a new page: revealed IP addresses do not carry over. */}
      <VisitorView key={userSlug} slug={userSlug} />
    </>
  );
}
