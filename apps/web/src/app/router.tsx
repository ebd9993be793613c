/**
 * Routes. Home and 404 ship in the entry bundle; pages with forms (which pull zod and the contract) and the
 * three spaces are code-split with React.lazy, so a first visit on a phone downloads only what it shows.
 */
import { lazyNamed } from './lazy-named';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomePage } from '../public/home-page';
import { NotFoundPage } from '../public/not-found-page';
import { Layout } from './layout';
import { paths } from './paths';
import { RequireRole } from './require-role';

const LoginPage = lazyNamed(() => import('../public/login-page'), 'LoginPage');
const RegisterPage = lazyNamed(() => import('../public/register-page'), 'RegisterPage');
const VerifyEmailPage = lazyNamed(() => import('../public/verify-email-page'), 'VerifyEmailPage');
const ForgotPasswordPage = lazyNamed(() => import('../public/forgot-password-page'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyNamed(() => import('../public/reset-password-page'), 'ResetPasswordPage');
const OfferSearchPage = lazyNamed(() => import('../public/offers/offer-search-page'), 'OfferSearchPage');
const OfferPage = lazyNamed(() => import('../public/offers/offer-page'), 'OfferPage');
const StatsPage = lazyNamed(() => import('../public/stats/stats-page'), 'StatsPage');
const CandidateSpacePage = lazyNamed(() => import('../candidate/candidate-space-page'), 'CandidateSpacePage');
const RecruiterSpacePage = lazyNamed(() => import('../recruiter/recruiter-space-page'), 'RecruiterSpacePage');
const InvitationAcceptPage = lazyNamed(() => import('../recruiter/invitation-accept-page'), 'InvitationAcceptPage');
const UnsubscribePage = lazyNamed(() => import('../alerts/unsubscribe-page'), 'UnsubscribePage');
const AdminSpacePage = lazyNamed(() => import('../admin/admin-space-page'), 'AdminSpacePage');

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.login, element: <LoginPage /> },
      { path: paths.register, element: <RegisterPage /> },
      { path: paths.verifyEmail, element: <VerifyEmailPage /> },
      { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
      { path: paths.resetPassword, element: <ResetPasswordPage /> },
      { path: paths.offers, element: <OfferSearchPage /> },
      { path: `${paths.offers}/:id`, element: <OfferPage /> },
      { path: paths.stats, element: <StatsPage /> },
      { path: paths.unsubscribe, element: <UnsubscribePage /> },
      {
        path: `${paths.candidate}/*`,
        element: (
          <RequireRole role="CANDIDATE">
            <CandidateSpacePage />
          </RequireRole>
        ),
      },
      { path: paths.acceptInvitation, element: <InvitationAcceptPage /> },
      {
        path: `${paths.recruiter}/*`,
        element: (
          <RequireRole role="RECRUITER">
            <RecruiterSpacePage />
          </RequireRole>
        ),
      },
      {
        path: `${paths.admin}/*`,
        element: (
          <RequireRole role="ADMIN">
            <AdminSpacePage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
